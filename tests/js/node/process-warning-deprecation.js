// process.noDeprecation drops DeprecationWarnings; process.throwDeprecation throws them (from a tick, so 'uncaughtException' sees them)
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.message, w.code));
process.on('uncaughtException', (e, origin) => console.log('uncaught:', e.name, e.message, e.code, origin));
process.noDeprecation = true;
process.emitWarning('dropped', 'DeprecationWarning', 'DEP1');
process.emitWarning('other types still pass', 'Warning');
process.noDeprecation = false;
process.emitWarning('shown', 'DeprecationWarning', 'DEP2');
process.throwDeprecation = true;
process.emitWarning('not a deprecation', 'OtherWarning');
console.log('returns', process.emitWarning('thrown', 'DeprecationWarning', 'DEP3'));
console.log('sync end');
