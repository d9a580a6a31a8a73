// util.deprecate through the real process.emitWarning: the 'warning' event carries name/message/code; process.noDeprecation is set back to true before the event's tick so Node's default handler prints nothing to stderr
const util = require('util');

process.on('warning', (w) => console.log('warning event:', w.name, w.message, w.code, w instanceof Error));

const first = util.deprecate(() => 'first result', 'first() is deprecated', 'DEP_EVT_1');
const second = util.deprecate(() => 'second result', 'second() is deprecated');
const sameCode = util.deprecate(() => 'same code result', 'never shown', 'DEP_EVT_1');

// The warning is emitted on a later tick; the default handler checks noDeprecation then.
process.noDeprecation = false;
console.log(first(), first(), second(), sameCode());
process.noDeprecation = true;
console.log('sync part done');

setTimeout(() => {
  const third = util.deprecate(() => 'third result', 'third() is deprecated', 'DEP_EVT_3');
  console.log(third(), '(noDeprecation still true: no event)');
  process.noDeprecation = false;
  console.log(third());
  process.noDeprecation = true;
}, 5);
