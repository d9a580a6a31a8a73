// errors propagate out of getters, setters, callbacks, toString and iterators
function check(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, '->', e.name + ': ' + e.message);
  }
}
const obj = {
  get bad() { throw new Error('getter failed'); },
  set bad(v) { throw new TypeError('setter failed: ' + v); },
};
check('getter', () => obj.bad);
check('setter', () => { obj.bad = 1; });
check('map callback', () => [1, 2].map(x => { if (x === 2) throw new RangeError('callback failed at ' + x); return x; }));
check('sort comparator', () => [2, 1].sort(() => { throw new Error('comparator failed'); }));
check('toString', () => String({ toString() { throw new Error('toString failed'); } }));
check('valueOf', () => 1 + { valueOf() { throw new Error('valueOf failed'); } });
check('iterator next', () => [...{ [Symbol.iterator]() { return { next() { throw new Error('next failed'); } }; } }]);
check('property key', () => ({ [{ toString() { throw new Error('key failed'); } }]: 1 }));
check('default param', () => (function (a = (() => { throw new Error('default failed'); })()) {})());
check('constructor', () => new (class { constructor() { throw new Error('constructor failed'); } })());
check('static block', () => { class S { static { throw new Error('static failed'); } } });
check('tagged template', () => ((s) => { throw new Error('tag failed: ' + s[0]); })`tpl`);
check('Array.from mapper', () => Array.from([1], () => { throw new Error('mapper failed'); }));
check('forEach callback', () => Object.keys({ get a() { return 1; } }).forEach(() => { throw new Error('forEach failed'); }));
