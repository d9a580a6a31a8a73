// RegExp d flag: match indices array, named group indices, unmatched groups, and unicode offsets
const m = /(?<word>b+)(x)?(c)/d.exec('aabbbcd');
console.log(JSON.stringify(m.indices), JSON.stringify(m.indices.groups), Object.getPrototypeOf(m.indices.groups) === null);
console.log(m.indices[2], Array.isArray(m.indices), Object.keys(m.indices).join(','));
const n = /b/d.exec('abc');
console.log(JSON.stringify(n.indices), n.indices.groups, 'indices' in /b/.exec('abc'));
const u = /(?<e>😀)(z)/du.exec('a😀z');
console.log(JSON.stringify(u.indices), u.indices.groups.e.join('-'));
const all = [...'x1y22'.matchAll(/\d+/dg)].map(r => r.indices[0].join(':'));
console.log(all.join(' '));
console.log(/a/d.flags, /a/dg.hasIndices, JSON.stringify('zab'.match(/(a)(b)/d).indices));
