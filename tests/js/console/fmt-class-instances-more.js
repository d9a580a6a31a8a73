// instances of anonymous classes, subclasses, toStringTag and overridden constructors
const anon = new (class {})();
console.log(anon);
const anonWith = new (class { constructor() { this.a = 1; } })();
console.log(anonWith);
class Base { constructor() { this.base = true; } }
class Derived extends Base { constructor() { super(); this.derived = 'yes'; } }
console.log([new Base(), new Derived()]);
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log({ t: new Tagged() });
class Same { get [Symbol.toStringTag]() { return 'Same'; } }
console.log(new Same());
class OwnTag { constructor() { this[Symbol.toStringTag] = 'Own'; this.x = 1; } }
console.log(new OwnTag());
class SubErr extends Derived {}
console.log(new SubErr());
