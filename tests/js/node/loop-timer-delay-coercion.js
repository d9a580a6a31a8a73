// delays that are 0, negative, NaN, non-numeric, missing or coercible all become 1 ms and keep creation order; Timeout objects have ref/unref/hasRef/refresh and a numeric id
const out = [];
const delays = [['a', 1], ['b', 0], ['c', -5], ['d', 'abc'], ['e', NaN], ['f', undefined], ['g', '1'], ['h', null], ['i', true], ['j', [1]]];
for (const [name, d] of delays) setTimeout(() => out.push(name), d);
setTimeout(() => out.push('k'));
setTimeout(() => console.log(out.join(' ')), 20);
const t = setTimeout(() => {}, 1);
console.log(typeof t, t.constructor.name, typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh, t.hasRef());
console.log(typeof t[Symbol.toPrimitive], Number.isInteger(+t), +t > 0, +t === +t);
console.log(t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef(), t.refresh() === t);
clearTimeout(t);
// A handler that is not a function: Node 20 throws ERR_INVALID_ARG_TYPE; the HTML standard
// (WPT html/webappapis/timers/evil-spec-example) compiles String(handler) as a script when the
// timer fires, which Spindle follows. The expected output below is the standard's.
globalThis.ran = [];
for (const handler of [undefined, "ran.push('str')", { toString: () => "ran.push('obj')" }]) {
  setTimeout(handler, 1);
}
setTimeout(() => console.log('string handlers ran:', ran.join(' ')), 20);
