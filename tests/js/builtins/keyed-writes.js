// obj[key] = v with string and symbol keys goes through a per-site cache (issue 19): every
// write below must do what [[Set]] does now, whatever the site saw before.
'use strict';
const kState = Symbol('kState');
function write(o, k, v) { o[k] = v; return o; }
const show = (o) => JSON.stringify(Object.getOwnPropertyNames(o).map((k) => [k, o[k]])) +
  (kState in o ? ' state=' + String(o[kState]) : '');

// Additions (fresh objects, as a constructor's this[kState] = ...), then overwrites.
class Stream { constructor(n) { write(this, kState, { n }); write(this, 'name', 's' + n); } }
const streams = [0, 1, 2, 3].map((n) => new Stream(n));
for (const s of streams) write(s, kState, s[kState].n * 10);
console.log(streams.map((s) => s[kState] + ':' + s.name).join(' '));

// One site, keys and shapes changing under it.
const a = {}, b = { pre: 1 };
for (let i = 0; i < 3; i++) {
  write(a, 'x', i); write(a, 'y', i * 2); write(b, 'x', -i); write(a, kState, 'st' + i);
}
console.log(show(a), show(b));

// Setters on the object and on its prototype, read-only and non-extensible targets.
const log = [];
const proto = { set viaProto(v) { log.push('proto setter ' + v); } };
const withSetter = Object.create(proto, { own: { set(v) { log.push('own setter ' + v); }, configurable: true } });
for (let i = 0; i < 2; i++) { write(withSetter, 'own', i); write(withSetter, 'viaProto', i); }
console.log(log.join(', '), Object.keys(withSetter).length);
const frozen = Object.freeze({ k: 1 });
const sealed = Object.preventExtensions({ k: 1 });
const readOnly = Object.defineProperty({}, 'k', { value: 1, writable: false });
for (const [name, o, key] of [['frozen', frozen, 'k'], ['non-extensible', sealed, 'fresh'], ['read-only', readOnly, 'k'], ['read-only again', readOnly, 'k']]) {
  try { write(o, key, 2); console.log(name, 'wrote'); } catch (e) { console.log(name, e.constructor.name); }
}
write(sealed, 'k', 5);
console.log(sealed.k);

// A proto that gains a setter after the site cached an addition on plain objects.
const base = {};
const children = [Object.create(base), Object.create(base), Object.create(base)];
write(children[0], 'p', 1);
write(children[1], 'p', 2);
Object.defineProperty(base, 'p', { set(v) { log.push('late setter ' + v); }, configurable: true });
write(children[2], 'p', 3);
console.log(children.map((c) => Object.hasOwn(c, 'p')).join(','), log[log.length - 1]);

// Exotic receivers: arrays (length, indices as strings), typed arrays, proxies.
const arr = [1, 2, 3];
write(arr, 'length', 1); write(arr, '4', 'x'); write(arr, 'tag', 't');
const ta = new Uint8Array(2);
write(ta, '1', 300); write(ta, '5', 9); write(ta, '-0', 7);
const traps = [];
const prox = new Proxy({}, { set(t, k, v) { traps.push(String(k)); t[k] = v; return true; } });
for (let i = 0; i < 2; i++) { write(prox, 'k' + i, i); write(prox, kState, i); }
console.log(JSON.stringify(arr), arr.length, arr.tag, Array.from(ta).join(','), traps.join(' '));

// Many keys through one site.
const rec = {};
for (let i = 0; i < 200; i++) write(rec, 'key' + (i % 13), i);
console.log(Object.keys(rec).length, rec.key0, rec.key12);
