// readline.cursorTo / moveCursor / clearLine / clearScreenDown: escape sequences written to a collecting Writable, return values, callbacks, errors
const { Writable } = require('stream');
const readline = require('readline');

const written = [];
const out = new Writable({
  write(chunk, encoding, callback) {
    written.push(JSON.stringify(chunk.toString()));
    callback();
  },
});
const show = (label, fn) => {
  try {
    const r = fn();
    console.log(label, '->', r, written.splice(0).join(' ') || '(nothing written)');
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};

show('cursorTo(3)', () => readline.cursorTo(out, 3));
show('cursorTo(0, 0)', () => readline.cursorTo(out, 0, 0));
show('cursorTo(5, 2)', () => readline.cursorTo(out, 5, 2));
show('cursorTo()', () => readline.cursorTo(out));
show('cursorTo(null stream)', () => readline.cursorTo(null, 1, 1));
show('cursorTo(undefined, 2)', () => readline.cursorTo(out, undefined, 2));
show('cursorTo(NaN)', () => readline.cursorTo(out, NaN));
show('cursorTo(1, NaN)', () => readline.cursorTo(out, 1, NaN));
show('cursorTo bad callback', () => readline.cursorTo(out, 1, 1, 'cb'));
show('moveCursor(2, -3)', () => readline.moveCursor(out, 2, -3));
show('moveCursor(-4, 1)', () => readline.moveCursor(out, -4, 1));
show('moveCursor(0, 0)', () => readline.moveCursor(out, 0, 0));
show('moveCursor(0, 5)', () => readline.moveCursor(out, 0, 5));
show('moveCursor(-1, 0)', () => readline.moveCursor(out, -1, 0));
show('moveCursor bad callback', () => readline.moveCursor(out, 1, 1, 42));
show('clearLine(-1)', () => readline.clearLine(out, -1));
show('clearLine(1)', () => readline.clearLine(out, 1));
show('clearLine(0)', () => readline.clearLine(out, 0));
show('clearLine()', () => readline.clearLine(out));
show('clearLine(null stream)', () => readline.clearLine(null, 0));
show('clearScreenDown', () => readline.clearScreenDown(out));
show('clearScreenDown(undefined)', () => readline.clearScreenDown(undefined));
show('clearScreenDown bad callback', () => readline.clearScreenDown(out, {}));

// Callbacks: called by the stream's write, or on the next tick when nothing is written.
readline.cursorTo(out, 1, (err) => console.log('cursorTo callback (y omitted)', err));
readline.moveCursor(out, 0, 0, (err) => console.log('moveCursor no-op callback', err));
readline.clearLine(null, 0, (err) => console.log('clearLine null stream callback', err));
readline.clearScreenDown(out, (err) => console.log('clearScreenDown callback', err));
setTimeout(() => console.log('written by the callback calls', written.join(' ')), 10);
