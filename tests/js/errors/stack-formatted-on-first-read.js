// e.stack is captured at construction but its "Name: message" line is formatted on first read (V8)
class MyErr extends Error {
  constructor(m) {
    super(m);
    this.name = 'MyErr';
  }
}
const first = (e) => String(e.stack).split('\n')[0];
const e = new MyErr('bad');
console.log(first(e), String(e), e instanceof MyErr);
// Once read, the stack keeps its first line.
e.message = 'changed';
console.log(first(e));
// The descriptor is a plain data property and reading it formats the stack too.
const d = new MyErr('via descriptor');
d.name = 'Renamed';
const desc = Object.getOwnPropertyDescriptor(d, 'stack');
console.log(desc.value.split('\n')[0], desc.writable, desc.enumerable, desc.configurable);
// The subclass constructor's own frame is not part of the stack (V8 skips up to new.target).
console.log(e.stack.includes('MyErr ('), e.stack.includes('at new MyErr'));
class Deeper extends MyErr {}
console.log(new Deeper('x').stack.includes('at new '));
// Error.prototype.toString's rules for the first line.
const f = new Error('orig');
f.message = 'm2';
f.name = 'N2';
console.log(first(f));
const r = new Error('r');
r.name = 42;
console.log(first(r));
const s = new Error('s');
s.name = '';
console.log(first(s));
const t = new TypeError('t');
t.name = undefined;
console.log(first(t));
const q = new Error('q');
q.toString = () => 'not used';
console.log(first(q));
// A getter runs once, on the first read.
const g = new Error('g');
let calls = 0;
Object.defineProperty(g, 'name', { get() { calls++; return 'GN'; } });
console.log(calls, first(g), first(g), calls);
// An exception from a getter propagates from the read.
const j = new RangeError('j');
Object.defineProperty(j, 'message', { get() { throw new Error('boom'); } });
try {
  j.stack;
} catch (x) {
  console.log('threw', x.message);
}
// Writing or deleting the stack before reading it.
const h = new Error('h');
h.stack = 'custom';
console.log(h.stack);
const u = new Error('u');
delete u.stack;
console.log(u.stack, 'stack' in u);
const w = new Error('w');
Object.defineProperty(w, 'stack', { value: 'defined' });
console.log(w.stack);
const fz = new Error('frozen');
fz.name = 'Frozen';
Object.freeze(fz);
console.log(first(fz), Object.isFrozen(fz));
// Own keys in V8's order: stack first.
console.log(Object.getOwnPropertyNames(new Error('a', { cause: 1 })), Object.getOwnPropertyNames(new Error()));
console.log(Object.getOwnPropertyNames(new AggregateError([], 'm')));
// Error.captureStackTrace on a plain object: also formatted on first read.
const o = { a: 1 };
Error.captureStackTrace(o);
o.name = 'X';
console.log(Object.getOwnPropertyNames(o), first(o));
const o2 = { name: 'N', message: 'M' };
Error.captureStackTrace(o2);
o2.message = 'M2';
console.log(first(o2));
function H() {
  const x = {};
  Error.captureStackTrace(x, H);
  return x.stack;
}
console.log(H().includes('at H '));
// Reflect.construct with a new.target that is not running: no frames at all.
function F() {}
console.log(JSON.stringify(Reflect.construct(Error, ['x'], F).stack));
// Reading through an object that inherits the error.
const base = new MyErr('inherited');
const child = Object.create(base);
console.log(first(child));
