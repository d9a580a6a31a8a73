// prefix and postfix increment/decrement on variables and properties
let a = 5;
console.log(a++, a, ++a, a, a--, a, --a, a);

// coercion: result is always a number
let s = '5';
console.log(s++, typeof s, s);
let n = null;
n++;
console.log(n);
let u;
u++;
console.log(u);
let str = 'abc';
str++;
console.log(str);
let obj = { valueOf() { return 9; } };
obj++;
console.log(obj);

// on properties and elements
const o = { count: 0 };
o.count++;
++o.count;
o['count']--;
console.log(o.count);
const arr = [1, 2, 3];
let i = 0;
arr[i++]++;
console.log(arr.join(','), i);

// getter/setter: read once, write once
const log = [];
const acc = {
  _v: 10,
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set ' + x); this._v = x; },
};
console.log(acc.v++, log.join(','));
log.length = 0;
console.log(++acc.v, log.join(','));

// postfix returns the converted number
let ps = '7';
const old = ps++;
console.log(old, typeof old);

// increment on -0 and floats
let z = -0;
z++;
console.log(z);
let f = 0.1;
f++;
console.log(f);

// invalid targets are SyntaxErrors
try { eval('1++'); } catch (e) { console.log('literal', e.name); }
try { eval('++a++'); } catch (e) { console.log('double', e.name); }

// const increment throws
const c = 1;
try { c++; } catch (e) { console.log('const', e.name); }
