// Array length semantics: truncation, growth, invalid lengths, index vs property, non-writable length
const a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(a, 2 in a, a[3]);
a.length = 4;
console.log(a, a.length, 3 in a);
a[9] = 'ten';
console.log(a.length);
a['10'] = 'eleven'; a['010'] = 'not index'; a[-1] = 'neg'; a[1.5] = 'frac';
console.log(a.length, Object.keys(a).join(','));
for (const bad of [-1, 1.5, 2 ** 32, NaN, 'abc', Infinity]) {
  try { [].length = bad; console.log('no error', bad); } catch (e) { console.log(String(bad), e.name); }
}
const m = []; m.length = 2 ** 32 - 1;
console.log(m.length);
try { m.push(1); } catch (e) { console.log('push past max', e.name, m.length, m[4294967295]); }
const idx = []; idx[4294967295] = 'not an index';
console.log(idx.length, Object.keys(idx));
try { new Array(2 ** 32); } catch (e) { console.log('new Array(2**32)', e.name); }
try { new Array(-1); } catch (e) { console.log('new Array(-1)', e.name); }
const sv = []; sv.length = '3';
console.log(sv.length, [].length = { valueOf() { return 2; } });
const ro = Object.defineProperty([1], 'length', { writable: false });
ro[5] = 'x';
console.log(ro, ro.length);
(function () { 'use strict'; try { ro[5] = 'x'; } catch (e) { console.log('strict add beyond non-writable length', e.name); } })();
