// RegExp flags, source, toString, flag getters, escaping of source, and RegExp constructor with flags
const re = /a\/b[/]/gimsuyd;
console.log(re.flags, re.source, String(re), re.global, re.ignoreCase, re.multiline, re.dotAll, re.unicode, re.sticky, re.hasIndices);
console.log(new RegExp('').source, String(new RegExp('')), new RegExp('/').source, new RegExp('\n').source, new RegExp('a/b').toString());
console.log(new RegExp(/ab/g).flags, new RegExp(/ab/g, 'i').flags, new RegExp('x', undefined).flags, new RegExp(/x/y, '').flags);
console.log(/x/v.unicodeSets, /x/v.flags, /x/.unicodeSets, new RegExp('x', 'dgimsvy').flags);
for (const f of ['gg', 'uv', 'q', 'G']) {
  try { new RegExp('x', f); console.log('ok', f); } catch (e) { console.log(f, e.name); }
}
try { new RegExp('('); } catch (e) { console.log('paren', e instanceof SyntaxError); }
const flagsGetter = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
console.log(flagsGetter.call({ global: 1, sticky: 'y', hasIndices: 0, unicode: true, dotAll: 1 }));
console.log(RegExp.prototype.toString.call({ source: 'S', flags: 'F' }), RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global);
try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}); } catch (e) { console.log(e.name); }
const r = RegExp('a', 'g');
console.log(r instanceof RegExp, RegExp(r) === r, RegExp(r, 'g') === r, new RegExp(r) === r, Object.keys(r).join(), r.lastIndex);
