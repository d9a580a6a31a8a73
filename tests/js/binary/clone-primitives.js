// structuredClone of primitives and primitive wrapper objects (Boolean, Number, String, BigInt)
const values = [undefined, null, true, false, 0, -0, NaN, Infinity, -1.5, '', 'héllo \u{1F600}', 0n, -(10n ** 40n)];
for (const v of values) {
  const c = structuredClone(v);
  console.log(typeof c, Object.is(c, v), c);
}
const wrappers = [new Boolean(false), new Number(-0), new String('ab'), Object(12n)];
for (const w of wrappers) {
  const c = structuredClone(w);
  console.log(c, c !== w, typeof c, Object.prototype.toString.call(c), Object.is(c.valueOf(), w.valueOf()));
}
const s = new String('xyz');
s.extra = 1;
const sc = structuredClone(s);
console.log(sc.length, sc[1], sc.extra);
