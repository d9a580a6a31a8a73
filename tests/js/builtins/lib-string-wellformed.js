// isWellFormed/toWellFormed with lone surrogates, and how surrogate pairs iterate
const cases = ['abc', '😀', '\uD83D', '\uDE00', 'a\uD83Db', '\uDE00\uD83D', '\uD83D\uDE00\uD83D', ''];
for (const c of cases) {
  const w = c.toWellFormed();
  console.log(c.isWellFormed(), w.isWellFormed(), w.length === c.length, [...w].map(x => x.codePointAt(0).toString(16)).join(','));
}
console.log(String.prototype.isWellFormed.call(42), String.prototype.toWellFormed.call(undefined === undefined));
try { String.prototype.toWellFormed.call(null); } catch (e) { console.log(e.name); }
const parts = [...'a😀\uD800b\uDC00'];
console.log(parts.length, parts.map(p => p.length).join(','));
const it = 'x😀'[Symbol.iterator]();
console.log(Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it);
console.log(JSON.stringify(it.next()), it.next().value.length, JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(Array.from('😀😁').length, Array.from('\uDBFF\uDFFF')[0].codePointAt(0));
