// array length semantics: growth, truncation, and invalid lengths
const a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(a.length, a[2], a.join(','));
a.length = 4;
console.log(a.length, 2 in a, a.join(','));

const b = [];
b[9] = 'x';
console.log(b.length);
b['10'] = 'string index';
console.log(b.length);
b['foo'] = 'not an index';
b[-1] = 'negative';
b[1.5] = 'fraction';
console.log(b.length);

// length can be set to 0 to clear
const c = [1, 2, 3];
c.length = 0;
console.log(c.length, c[0]);

// invalid lengths throw RangeError
try { [].length = -1; } catch (e) { console.log(e.name); }
try { [].length = 1.5; } catch (e) { console.log(e.name); }
try { new Array(-1); } catch (e) { console.log(e.name); }

// length as string is converted
const d = [1, 2, 3];
d.length = '1';
console.log(d.length);

// non-writable length
const e = [1, 2, 3];
Object.defineProperty(e, 'length', { writable: false });
e[5] = 'ignored';
console.log(e.length, e[5]);
try {
  e.push(4);
} catch (err) {
  console.log('push on fixed length', err.name);
}

// largest index
const big = [];
big[4294967294] = 'last';
console.log(big.length);
big[4294967295] = 'not index';
console.log(big.length);

// length property descriptor
const desc = Object.getOwnPropertyDescriptor([1], 'length');
console.log(desc.value, desc.writable, desc.enumerable, desc.configurable);
