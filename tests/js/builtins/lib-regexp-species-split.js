// RegExp.prototype[Symbol.split] uses the species constructor with sticky flag; search restores lastIndex
const made = [];
class Tracked extends RegExp {
  static get [Symbol.species]() {
    return function (src, flags) { made.push(flags); return new RegExp(src, flags); };
  }
}
console.log(JSON.stringify('a,b,c'.split(new Tracked(',', 'g'))), made.join('|'));
made.length = 0;
console.log(JSON.stringify('a1b'.split(new Tracked('\\d', 'iu'))), made.join('|'));
const re = /b/g;
re.lastIndex = 2;
console.log('abcb'.search(re), re.lastIndex);
const y = /b/y;
console.log('abc'.search(y), y.lastIndex, 'bc'.search(y));
console.log(JSON.stringify('a-b_c'.split(/[-_]/y)), JSON.stringify('a-b'.split(/-/g, 1)));
const r2 = /a/g;
r2.lastIndex = 5;
console.log(JSON.stringify('bab'.split(r2)), r2.lastIndex);
