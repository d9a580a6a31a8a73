exports.kind = 'file.js is CJS: ' + (typeof require === 'function');
