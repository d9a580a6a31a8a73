// yield* chains of generators: the delegate's frame runs above the delegating one, and a
// value that only passes through a level suspends that level without re-running its step.
// Everything a script can see must stay as the spec orders it.

// A delegation chain, resumed by next(v): v reaches the innermost generator.
function* leaf(tag) {
  let got = yield tag + ':first';
  console.log(tag, 'leaf got', got);
  got = yield tag + ':second';
  console.log(tag, 'leaf got', got);
  return tag + ':ret';
}
function* level(depth, tag) {
  if (depth === 0) return yield* leaf(tag);
  const r = yield* level(depth - 1, tag);
  console.log(tag, 'level', depth, 'got', r);
  return r + '+' + depth;
}
const it = level(3, 'A');
console.log(JSON.stringify(it.next('ignored')));
console.log(JSON.stringify(it.next('one')));
console.log(JSON.stringify(it.next('two')));
console.log(JSON.stringify(it.next('after')));

// The same results object travels up every level (GeneratorYield(innerResult)).
function* inner() { yield 1; }
function* outer() { yield* inner(); }
const o = outer();
const res = o.next();
console.log(Object.keys(res), res.value, res.done);

// for-of over a chain: bare values reach the loop.
function* tree(node) {
  if (!node) return 0;
  const l = yield* tree(node.left);
  yield node.v;
  const r = yield* tree(node.right);
  return l + r + 1;
}
const t = { v: 4, left: { v: 2, left: { v: 1 }, right: { v: 3 } }, right: { v: 6, left: { v: 5 }, right: { v: 7 } } };
const seen = [];
for (const v of tree(t)) seen.push(v);
console.log(seen.join(' '));
console.log([...tree(t)].length, Array.from(tree(t)).join(','));
const whole = tree(t);
let step;
while (!(step = whole.next()).done);
console.log('nodes', step.value);

// An exception in the innermost generator unwinds through every level's handlers.
function* thrower(n) {
  try {
    yield n;
    throw new Error('from ' + n);
  } finally {
    console.log('thrower finally', n);
  }
}
function* catcher(k) {
  for (let i = 0; i < k; i++) {
    let x = 'unchanged';
    try {
      x = yield* thrower(i);
      console.log('not reached', x);
    } catch (e) {
      console.log('caught', e.message, 'x is', x);
    }
  }
  return 'catcher done';
}
function* top() { return yield* catcher(3); }
const c = top();
for (let r = c.next(); ; r = c.next()) {
  console.log(JSON.stringify(r));
  if (r.done) break;
}

// An uncaught exception completes every generator of the chain.
function* boom(depth) {
  if (depth === 0) { yield 'x'; throw new TypeError('deep'); }
  yield* boom(depth - 1);
}
const b = boom(4);
b.next();
try { b.next(); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify(b.next()));

// throw() and return() into a chain go through each level's step.
function* guarded() {
  try { yield 1; yield 2; } catch (e) { console.log('guarded caught', e); yield 'recovered'; } finally { console.log('guarded finally'); }
}
function* via() { const r = yield* guarded(); console.log('via got', r); return 'via done'; }
const g = via();
g.next();
console.log(JSON.stringify(g.throw('T')));
console.log(JSON.stringify(g.next()));
const g2 = via();
g2.next();
console.log(JSON.stringify(g2.return('R')));
console.log(JSON.stringify(g2.next()));

// A generator cannot be resumed while it waits on its delegate.
let self;
function* reenter() {
  try { self.next(); } catch (e) { console.log(e.constructor.name, e.message); }
  yield 'ok';
}
function* waits() { yield* reenter(); }
self = waits();
console.log(JSON.stringify(self.next()));

// A delegate that is a plain iterator in the middle of a chain: its results are read
// (getters run) once per level that reads them.
let reads = 0;
const custom = {
  [Symbol.iterator]() { return this; },
  i: 0,
  next() {
    const i = this.i++;
    return { get done() { reads++; return i >= 2; }, value: i };
  },
};
function* overCustom() { return yield* custom; }
function* overOver() { return yield* overCustom(); }
console.log([...overOver()].join(','), 'done reads', reads);

// next replaced on the generator prototype: every level calls it.
const proto = Object.getPrototypeOf(leaf('x'));
const GenProto = Object.getPrototypeOf(proto);
const origNext = GenProto.next;
let calls = 0;
function* a1() { yield 1; yield 2; }
function* a2() { yield* a1(); }
function* a3() { yield* a2(); }
const gen3 = a3();
GenProto.next = function (v) { calls++; return origNext.call(this, v); };
console.log([...gen3].join(','), 'patched next calls', calls);
GenProto.next = origNext;

// A completed delegate: yield* gets done at once.
const finished = a1();
[...finished];
function* onFinished() { const r = yield* finished; return 'r=' + r; }
console.log(JSON.stringify(onFinished().next()));

// Deep chains: a thousand levels.
function* deep(n) { if (n === 0) { yield 'bottom'; return 0; } return 1 + (yield* deep(n - 1)); }
const d = deep(1000);
console.log(JSON.stringify(d.next()), JSON.stringify(d.next()));
