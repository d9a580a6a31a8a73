// Symbol.unscopables hides properties from with-statement lookup
var keys = 'outer keys';
var values = 'outer values';
var includes = 'outer includes';
const arr = [1, 2, 3];
with (arr) {
  console.log(keys, values, includes, length);
}
const un = Array.prototype[Symbol.unscopables];
console.log(['keys', 'values', 'includes', 'entries', 'fill', 'find', 'flat', 'at', 'push', 'length'].map(k => k + ':' + un[k]).join(' '));
console.log(Object.getPrototypeOf(Array.prototype[Symbol.unscopables]));

var hidden = 'outer hidden';
var shown = 'outer shown';
const obj = {
  hidden: 'object hidden',
  shown: 'object shown',
  [Symbol.unscopables]: { hidden: true, shown: false },
};
with (obj) {
  console.log(hidden, shown);
  hidden = 'assigned';
}
console.log(hidden, obj.hidden);

// truthiness of the unscopables value matters
var t = 'outer t';
with ({ t: 'object t', [Symbol.unscopables]: { t: 1 } }) {
  console.log(t);
}
var u = 'outer u';
with ({ u: 'object u', [Symbol.unscopables]: { u: '' } }) {
  console.log(u);
}

// unscopables getter is consulted on each lookup
let lookups = 0;
const counted = {
  x: 'object x',
  get [Symbol.unscopables]() { lookups++; return {}; },
};
with (counted) {
  x; x;
}
console.log('unscopables lookups:', lookups);
