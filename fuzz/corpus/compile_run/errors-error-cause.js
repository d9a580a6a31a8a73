// the cause option of error constructors
const root = new Error('root');
const e = new Error('outer', { cause: root });
console.log(e.cause === root, e.hasOwnProperty('cause'));
const d = Object.getOwnPropertyDescriptor(e, 'cause');
console.log(d.writable, d.enumerable, d.configurable);

console.log(new Error('no options').hasOwnProperty('cause'));
console.log(new Error('empty options', {}).hasOwnProperty('cause'));
console.log(new Error('undefined cause', { cause: undefined }).hasOwnProperty('cause'));
console.log(new TypeError('t', { cause: 'a string' }).cause);
console.log(new RangeError('r', { cause: 0 }).cause);
console.log(new Error('non-object options', 'ignored').hasOwnProperty('cause'));

// inherited cause is read
const opts = Object.create({ cause: 'inherited' });
console.log(new Error('x', opts).cause);

// cause getter is called once
let reads = 0;
const getterOpts = { get cause() { reads++; return 'from getter'; } };
console.log(new Error('x', getterOpts).cause, reads);

// chains
function chain() {
  try {
    try {
      throw new Error('level 1');
    } catch (err) {
      throw new Error('level 2', { cause: err });
    }
  } catch (err) {
    throw new Error('level 3', { cause: err });
  }
}
try {
  chain();
} catch (err) {
  const messages = [];
  for (let c = err; c; c = c.cause) messages.push(c.message);
  console.log(messages.join(' <- '));
}
