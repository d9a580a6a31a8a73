// Deep equality with circular references: self references, mutual cycles, cycles through arrays, Maps and Sets.
const assert = require('assert');

function passes(fn) {
  try {
    fn();
    return true;
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    return false;
  }
}
function compare(label, a, b) {
  const strict = passes(() => assert.deepStrictEqual(a, b));
  const loose = passes(() => assert.deepEqual(a, b));
  const notStrict = passes(() => assert.notDeepStrictEqual(a, b));
  const notLoose = passes(() => assert.notDeepEqual(a, b));
  if (strict === notStrict || loose === notLoose) console.log(`${label}: INCONSISTENT`);
  console.log(`${label}: strict=${strict} loose=${loose}`);
}
const a = { x: 1 };
a.self = a;
const b = { x: 1 };
b.self = b;
compare('self cycles', a, b);
const c = { x: 1, self: { x: 1 } };
c.self.self = c;
compare('cycle of two vs self', a, c);
const d = { x: 2 };
d.self = d;
compare('self cycles differ', a, d);
const arr1 = [1];
arr1.push(arr1);
const arr2 = [1];
arr2.push(arr2);
compare('array cycles', arr1, arr2);
const m1 = new Map();
m1.set('me', m1);
const m2 = new Map();
m2.set('me', m2);
compare('Map cycles', m1, m2);
const s1 = new Set();
s1.add(s1);
const s2 = new Set();
s2.add(s2);
compare('Set cycles', s1, s2);
const p1 = { name: 'p' };
const q1 = { name: 'q', p: p1 };
p1.q = q1;
const p2 = { name: 'p' };
const q2 = { name: 'q', p: p2 };
p2.q = q2;
compare('mutual cycles', p1, p2);
const deep1 = { l1: { l2: { l3: {} } } };
deep1.l1.l2.l3.back = deep1.l1;
const deep2 = { l1: { l2: { l3: {} } } };
deep2.l1.l2.l3.back = deep2.l1;
compare('deep cycles', deep1, deep2);
const deep3 = { l1: { l2: { l3: {} } } };
deep3.l1.l2.l3.back = deep3;
compare('deep cycles to different level', deep1, deep3);
try {
  const x = { v: 1 };
  x.x = x;
  const y = { v: 2 };
  y.x = y;
  assert.deepStrictEqual(x, y);
} catch (e) {
  console.log(e.message);
}
