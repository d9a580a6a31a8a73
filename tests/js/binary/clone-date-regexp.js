// structuredClone of Date (time value kept) and RegExp (source and flags kept, lastIndex and extra properties not)
const d = new Date(Date.UTC(2020, 1, 29, 12, 30));
const dc = structuredClone(d);
console.log(dc, dc !== d, dc instanceof Date, dc.getTime() === d.getTime());
console.log(String(structuredClone(new Date(NaN))));
const r = /a(b+)c/gimsuy;
r.lastIndex = 3;
r.extra = 'x';
const rc = structuredClone(r);
console.log(rc, rc !== r, rc instanceof RegExp, rc.source, rc.flags, rc.lastIndex, rc.extra);
console.log(structuredClone(/[/]\//d).source, structuredClone(new RegExp('')).source);
console.log(structuredClone(/x/g).exec('axb'));
