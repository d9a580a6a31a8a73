// process.emitWarning(msg), (msg, type, code), (msg, {type, code, detail}), (msg, ctor), (error): the 'warning' event gets an Error with name/message/code/detail
process.removeAllListeners('warning'); // the default listener would print "(node:<pid>) ..." to stderr
process.on('warning', (w) => {
  console.log(w instanceof Error, w.name, '|', w.message, '|', w.code, '|', w.detail);
});
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed with code', 'CustomWarning', 'CODE1');
process.emitWarning('options', { type: 'OptWarning', code: 'CODE2', detail: 'some detail' });
process.emitWarning('options, detail not a string', { detail: 42 });
process.emitWarning('options, empty', {});
process.emitWarning('ctor as type', function ctor() {});
process.emitWarning('ctor as code', 'T', function ctor() {});
const err = new Error('an error');
err.name = 'ErrWarning';
err.code = 'ECODE';
process.emitWarning(err);
class MyWarning extends Error {}
process.emitWarning(new MyWarning('subclass'));
process.emitWarning('deprecated', 'DeprecationWarning', 'DEP0000');
console.log('emitWarning returns', process.emitWarning('last'));
