// assert.match / assert.doesNotMatch: messages, non-string input, invalid regexp argument, custom messages.
const assert = require('assert');

function check(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log("----");
  }
}

check('match', () => assert.match('abc', /b/));
check('match fails', () => assert.match('abc', /x/));
check('match long input', () => assert.match('a'.repeat(100), /b/));
check('match number', () => assert.match(123, /1/));
check('match object', () => assert.match({}, /x/));
check('match undefined custom', () => assert.match(undefined, /x/, 'm'));
check('match custom', () => assert.match('abc', /x/, 'mm'));
check('match Error message', () => assert.match('abc', /x/, new TypeError('E')));
check('match bad regexp', () => assert.match('abc', 'x'));
check('match multi-line input', () => assert.match('line1\nline2', /line3/));
check('doesNotMatch', () => assert.doesNotMatch('abc', /x/));
check('doesNotMatch fails', () => assert.doesNotMatch('abc', /b/));
check('doesNotMatch number', () => assert.doesNotMatch(123, /x/));
check('doesNotMatch custom', () => assert.doesNotMatch('abc', /b/, 'mm'));
check('doesNotMatch global', () => assert.doesNotMatch('x', /x/g));
check('doesNotMatch bad regexp', () => assert.doesNotMatch('abc', null));
try {
  assert.match('abc', /x/);
} catch (e) {
  console.log('actual:', e.actual, 'expected:', e.expected);
}
