exports.format = (s) => '[' + s + ']';
