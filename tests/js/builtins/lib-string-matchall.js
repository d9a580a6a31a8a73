// String.prototype.matchAll: requires g flag, string argument coercion, iterator results and lastIndex handling
const out = [];
for (const m of 'a1b22c333'.matchAll(/\d+/g)) out.push(m[0] + '@' + m.index);
console.log(out.join(' '));
try { 'abc'.matchAll(/b/); } catch (e) { console.log('no g', e instanceof TypeError); }
try { 'abc'.matchAll(/b/y); } catch (e) { console.log('y only', e.name); }
console.log([...'a.b.c'.matchAll('.')].length, [...'a.b.c'.matchAll(null)].length, [...'xnullx'.matchAll(null)].map(m => m.index).join());
const re = /(?<d>\d)/g;
re.lastIndex = 3;
const ms = [...'1a2b3'.matchAll(re)];
console.log(ms.map(m => m.groups.d + ':' + m.index).join(' '), re.lastIndex);
const it = 'ab'.matchAll(/./g);
console.log(Object.prototype.toString.call(it), typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
console.log(it.next().value[0], it.next().value[0], JSON.stringify(it.next()));
console.log([...'aaa'.matchAll(/a*?/g)].length, [...'😀😀'.matchAll(/(?:)/gu)].map(m => m.index).join(','));
console.log([...'abc'.matchAll(/[ac]/gy)].length);
