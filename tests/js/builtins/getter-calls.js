// Getters found through a property read's inline cache run as frames of the interpreter
// loop (issue 19): their results, receivers, exceptions and stack traces are as before.
class Point {
  constructor(x) { this._x = x; }
  get x() { return this._x; }
  get boom() { throw new Error('boom from getter'); }
}
const points = [new Point(1), new Point(2), new Point(3)];
let sum = 0;
for (let round = 0; round < 3; round++) for (const p of points) sum += p.x;
console.log('sum', sum);

// A polymorphic site: four receiver shapes, each with its getter.
const shapes = [
  { get v() { return 'a'; } },
  { q: 1, get v() { return 'b'; } },
  { q: 1, r: 2, get v() { return 'c'; } },
  Object.create({ get v() { return 'proto:' + (this.tag || '?'); } }, { tag: { value: 'd' } }),
];
let seen = '';
for (let round = 0; round < 3; round++) for (const s of shapes) seen += s.v;
console.log(seen);

// Receivers: a primitive string reaches a strict getter as itself, a sloppy one boxed.
Object.defineProperty(String.prototype, 'strictSelf', { get: function () { 'use strict'; return typeof this; }, configurable: true });
Object.defineProperty(String.prototype, 'sloppySelf', { get: function () { return typeof this; }, configurable: true });
for (let i = 0; i < 3; i++) console.log('abc'.strictSelf, 'abc'.sloppySelf);

// An exception from a getter unwinds to the reader's handler, with the getter in the stack.
function read(p) { return p.boom; }
for (let i = 0; i < 3; i++) {
  try {
    read(points[0]);
  } catch (e) {
    // (Only the lines: V8 names an accessor's frame `get boom [as boom]` and Spindle `boom`.)
    const lines = e.stack.split('\n').slice(1, 3).map((l) => l.match(/:(\d+):\d+\)$/)[1]);
    console.log(e.message, 'at lines', lines.join(' and '), /\bread\b/.test(e.stack.split('\n')[2]));
  }
}

// A getter that is a native function, a bound function, and a getter calling back into a
// generator (a frame suspended inside a getter's caller).
const withNative = Object.defineProperty({}, 'n', { get: Date.prototype.getTime.bind(new Date(0)) });
for (let i = 0; i < 3; i++) console.log('bound native', withNative.n);
function* counter() { let i = 0; while (true) yield i++; }
const gen = counter();
const viaGenerator = { get next() { return gen.next().value; } };
const got = [];
for (let i = 0; i < 4; i++) got.push(viaGenerator.next);
console.log('generator', got.join(','));

// A getter that returns undefined, and one whose own read recurses through another getter.
const chain = { get a() { return this.b + 1; }, get b() { return this.c * 2; }, c: 5, get u() {} };
for (let i = 0; i < 3; i++) console.log('chain', chain.a, chain.u);

// Deep recursion through a getter is a RangeError, caught.
const deep = { get d() { return this.d; } };
try { deep.d; } catch (e) { console.log(e instanceof RangeError, e.message); }
