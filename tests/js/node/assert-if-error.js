// assert.ifError: null/undefined pass; anything else throws an AssertionError naming the unwanted value.
const assert = require('assert');

function check(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log('  message:', JSON.stringify(e.message));
    console.log('  expected:', e.expected, 'actual is input:', e.actual === input);
  }
}

let input;
const run = (value) => () => { input = value; assert.ifError(value); };
check('null', run(null));
check('undefined', run(undefined));
check('Error', run(new Error('boom')));
check('TypeError empty message', run(new TypeError('')));
check('string', run('str'));
check('0', run(0));
check('false', run(false));
check('object with message', run({ message: 'x' }));
check('object without message', run({ a: 1 }));
check('null-prototype object', run(Object.create(null)));
check('AggregateError', run(new AggregateError([], '')));
const err = new Error('keep');
try {
  assert.ifError(err);
} catch (e) {
  console.log('stack is a string:', typeof e.stack === 'string', 'starts with name:', e.stack.startsWith('AssertionError [ERR_ASSERTION]: ifError got unwanted exception: keep'));
}
