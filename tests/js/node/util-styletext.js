// util.styleText: ANSI codes from util.inspect.colors (validateStream: false), plain text for a non-terminal stdout, arrays, and format validation
const util = require('util');
delete process.env.FORCE_COLOR; // colours depend on FORCE_COLOR; keep the run deterministic

const show = (s) => console.log(JSON.stringify(s));
const raw = { validateStream: false };
show(util.styleText('red', 'error', raw));
show(util.styleText('bold', 'strong', raw));
show(util.styleText('bgBlue', 'background', raw));
show(util.styleText('italic', 'slanted', raw));
show(util.styleText('grey', 'alias grey', raw));
show(util.styleText('strikeThrough', 'alias strikeThrough', raw));
show(util.styleText(['bold', 'underline', 'green'], 'nested', raw));
show(util.styleText([], 'empty list', raw));
show(util.styleText('reset', 'reset', raw));
console.log(util.inspect.colors.red, util.inspect.colors.bgRedBright, util.inspect.colors.grey);

// Output redirected to a file (not a terminal): a single format gives the text back unchanged
show(util.styleText('red', 'not a tty'));
// an array of formats is always styled (Node 20)
show(util.styleText(['italic'], 'array always styled'));

// A stream-like object that claims a colour terminal
const tty = { isTTY: true, write() {}, on() {}, getColorDepth: () => 8 };
show(util.styleText('cyan', 'tty stream', { stream: tty }));
const monoTty = { isTTY: true, write() {}, on() {}, getColorDepth: () => 1 };
show(util.styleText('cyan', 'mono tty', { stream: monoTty }));

for (const [format, text, options] of [
  ['notAColor', 'x', raw],
  ['toString', 'x', raw],
  [42, 'x', raw],
  [['bold', 'nope'], 'x', raw],
  ['red', 42, raw],
  ['red', undefined, raw],
  ['red', 'x', { validateStream: 'yes' }],
  ['red', 'x', { stream: {} }],
  ['red', 'x', { stream: null }],
]) {
  try {
    util.styleText(format, text, options);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message.length > 120 ? e.message.slice(0, 120) + '...' : e.message);
  }
}
console.log(util.stripVTControlCharacters(util.styleText(['bold', 'red'], 'stripped again')));
