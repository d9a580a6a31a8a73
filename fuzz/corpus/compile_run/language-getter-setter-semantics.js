// getters and setters: receivers, inheritance, side effects, and shadowing
const log = [];
const base = {
  _x: 1,
  get x() { log.push('get x on ' + this.id); return this._x; },
  set x(v) { log.push('set x on ' + this.id); this._x = v; },
  id: 'base',
};
const derived = Object.create(base);
derived.id = 'derived';
derived.x = 5;
console.log(derived.x, base._x, derived.hasOwnProperty('_x'), derived.hasOwnProperty('x'));
console.log(log.join('; '));

// a getter is called each time
let n = 0;
const ticker = { get tick() { return ++n; } };
console.log(ticker.tick, ticker.tick, ticker.tick);

// getters in object spread and Object.assign are invoked once
n = 0;
const copied = Object.assign({}, ticker);
console.log(copied.tick, copied.tick, n);

// setter returning a value does not change the assignment result
const s = { set v(x) { return 'ignored'; } };
console.log((s.v = 'assignment value'));

// defining a data property with the same name on the instance shadows the accessor
const shadow = Object.create(base);
Object.defineProperty(shadow, 'x', { value: 'own data', writable: true });
console.log(shadow.x);

// lazy getter that replaces itself
const lazy = {
  get expensive() {
    const value = 'computed once';
    Object.defineProperty(this, 'expensive', { value, writable: false });
    log.push('computing');
    return value;
  },
};
log.length = 0;
console.log(lazy.expensive, lazy.expensive, log.length);

// getter on a primitive's prototype sees the primitive in strict mode
Object.defineProperty(Number.prototype, 'double', {
  get() { 'use strict'; return typeof this + ':' + this * 2; },
  configurable: true,
});
console.log((21).double);
delete Number.prototype.double;
