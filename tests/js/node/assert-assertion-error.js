// assert.AssertionError: constructor options, own properties, name/code, toString, instanceof, option validation.
const assert = require('assert');
const { AssertionError } = assert;

const e1 = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log('instanceof Error:', e1 instanceof Error, 'instanceof AssertionError:', e1 instanceof AssertionError);
console.log('name:', e1.name, 'code:', e1.code, 'operator:', e1.operator);
console.log('actual:', e1.actual, 'expected:', e1.expected, 'generated:', e1.generatedMessage);
console.log('message:', JSON.stringify(e1.message));
console.log('keys:', Object.keys(e1).join(','));
console.log('own name:', Object.prototype.hasOwnProperty.call(e1, 'name'),
  'enumerable:', Object.prototype.propertyIsEnumerable.call(e1, 'name'));
console.log('toString:', JSON.stringify(e1.toString()));
console.log('String():', JSON.stringify(String(e1)));
console.log('stack head:', e1.stack.split('\n')[0]);

const e2 = new AssertionError({ message: 'hello' });
console.log('custom:', JSON.stringify(e2.message), e2.generatedMessage, e2.operator, e2.actual, e2.expected);

const e3 = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: 'with diff' });
console.log('custom strictEqual:', JSON.stringify(e3.message));

const e4 = new AssertionError({ actual: [1], expected: [1], operator: 'deepEqual' });
console.log('deepEqual op:', JSON.stringify(e4.message));

const e5 = new AssertionError({ actual: 1, expected: 2, operator: 'foo' });
console.log('unknown op:', JSON.stringify(e5.message));

const e6 = new AssertionError({ actual: 'x', expected: 'x', operator: 'notStrictEqual' });
console.log('notStrictEqual op:', JSON.stringify(e6.message));

const e7 = new AssertionError({ actual: 1, expected: 2, operator: 'notDeepEqual' });
console.log('notDeepEqual op:', JSON.stringify(e7.message));

for (const bad of [5, 'str', null, undefined]) {
  try {
    new AssertionError(bad);
  } catch (e) {
    console.log('bad options:', e.name, e.code, e.message);
  }
}

try {
  assert.strictEqual(1, 2);
} catch (e) {
  console.log('thrown by assert:', e instanceof AssertionError, e.constructor === AssertionError, Object.getPrototypeOf(e) === AssertionError.prototype);
}
console.log('class name:', AssertionError.name, typeof AssertionError.prototype.toString);
