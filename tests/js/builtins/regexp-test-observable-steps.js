// RegExp.prototype.test with the built-in exec skips the match array; every observable step
// (lastIndex reads, writes and conversions, an overridden or inherited exec) stays. Node 20's output.
const g = /a/g; const s = 'aXa';
console.log(g.test(s), g.lastIndex, g.test(s), g.lastIndex, g.test(s), g.lastIndex);
const y = /a/y; console.log(y.test('ba'), y.lastIndex); y.lastIndex = 1; console.log(y.test('ba'), y.lastIndex);
const r = /b/; r.exec = function (x) { console.log('custom exec', x); return null; }; console.log(r.test('abc'));
const r2 = /b/; r2.exec = () => ({}); console.log(r2.test('zzz'));
const r3 = /b/; r3.exec = () => 5; try { r3.test('b') } catch (e) { console.log(e.constructor.name) }
const li = /c/g; li.lastIndex = { valueOf() { console.log('valueOf'); return 0 } }; console.log(li.test('abc'), li.lastIndex);
class R extends RegExp { exec(s) { console.log('sub exec'); return super.exec(s) } }
console.log(new R('x').test('x'));
console.log(/(?<y>\d{4})/.exec('in 2024').groups.y, 'x1y2'.replace(/\d/g, d => d * 2));
const frozen = Object.freeze(/a/g); try { frozen.test('a') } catch (e) { console.log(e.constructor.name) }
