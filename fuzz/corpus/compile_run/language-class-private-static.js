// static private fields, methods and accessors
class Registry {
  static #instances = 0;
  static #prefix = 'item-';
  static #nextId() { return Registry.#prefix + (++Registry.#instances); }
  static get #count() { return Registry.#instances; }
  id = Registry.#nextId();
  static summary() { return 'count=' + this.#count; }
}
const a = new Registry();
const b = new Registry();
console.log(a.id, b.id, Registry.summary());

// static private on a subclass receiver throws
class Sub extends Registry {}
try {
  Sub.summary();
} catch (e) {
  console.log('subclass this', e.name);
}

// static private method called via this in static method
class Util {
  static #helper(x) { return x * 2; }
  static run(x) { return this.#helper(x); }
}
console.log(Util.run(21));
const run = Util.run;
try { run(1); } catch (e) { console.log('detached', e.name); }

// #x in for static
class Brand {
  static #tag;
  static isBrand(o) { return #tag in o; }
}
console.log(Brand.isBrand(Brand), Brand.isBrand(class {}));

// static private is not visible as a property
console.log(Object.getOwnPropertyNames(Registry).includes('#instances'));
