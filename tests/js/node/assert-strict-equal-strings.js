// assert.strictEqual of strings: single-line diff with the caret indicator, long and multi-line string diffs.
const assert = require('assert');

function check(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log('----');
  }
}

check('short', () => assert.strictEqual('ab', 'ac'));
check('indicator', () => assert.strictEqual('hello world', 'hello there'));
check('indicator late', () => assert.strictEqual('abcdefgh', 'abcdefgx'));
check('no indicator (diff at 1)', () => assert.strictEqual('xbcdefgh', 'abcdefgh'));
check('30 chars', () => assert.strictEqual('x'.repeat(30), 'x'.repeat(29) + 'y'));
check('too long for indicator', () => assert.strictEqual('a'.repeat(90), 'a'.repeat(89) + 'b'));
check('multi-line', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
check('many lines', () => assert.strictEqual(
  'line1\nline2\nline3\nline4\nline5\nline6\nline7',
  'line1\nline2\nline3\nlineX\nline5\nline6\nline7'));
check('custom message keeps diff', () => assert.strictEqual('hello world', 'hello there', 'greeting'));
check('quotes', () => assert.strictEqual("it's", 'its'));
