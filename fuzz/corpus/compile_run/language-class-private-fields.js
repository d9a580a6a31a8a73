// #private instance fields: access, encapsulation, brand checks
class Counter {
  #count = 0;
  #step;
  constructor(step = 1) { this.#step = step; }
  inc() { this.#count += this.#step; return this.#count; }
  static peek(c) { return c.#count; }
  equals(other) { return this.#count === other.#count; }
}
const c = new Counter(5);
c.inc();
c.inc();
console.log(c.inc(), Counter.peek(c));
console.log(Object.keys(c).length, Object.getOwnPropertyNames(c).length, '#count' in c);

// accessing a private field on an object without it throws TypeError
try { Counter.peek({}); } catch (e) { console.log('foreign object', e.name); }
try { new Counter().equals({}); } catch (e) { console.log('equals foreign', e.name); }

// private names are per class, even with the same spelling
class Other { #count = 'other'; static read(o) { return o.#count; } }
try { Other.read(new Counter()); } catch (e) { console.log('same name different class', e.name); }

// each evaluation of a class creates new private names
function makeClass() { return class { #v = 1; static get(o) { return o.#v; } }; }
const K1 = makeClass();
const K2 = makeClass();
console.log(K1.get(new K1()));
try { K1.get(new K2()); } catch (e) { console.log('different evaluation', e.name); }

// private fields with compound and logical assignment, increment
class Ops {
  #n = 1;
  #maybe = null;
  run() {
    this.#n **= 3;
    this.#n++;
    ++this.#n;
    this.#maybe ??= 'filled';
    return [this.#n, this.#maybe].join(',');
  }
}
console.log(new Ops().run());

// private field destructuring target
class Destr {
  #a;
  #b;
  set(arr) { [this.#a, this.#b] = arr; return this.#a + this.#b; }
}
console.log(new Destr().set([3, 4]));

// optional chaining with private field
class Opt {
  #x = 'x';
  static get(o) { return o?.#x; }
}
console.log(Opt.get(new Opt()), Opt.get(undefined));

// accessing undeclared private name is a SyntaxError
try {
  eval('class Bad { m() { return this.#undeclared; } }');
} catch (e) {
  console.log('undeclared', e.name);
}

// initialising a private field twice via return override trick throws
class Base { constructor(o) { return o; } }
class Stamper extends Base { #stamp = 'stamped'; static has(o) { return #stamp in o; } }
const plain = {};
new Stamper(plain);
console.log(Stamper.has(plain));
try { new Stamper(plain); } catch (e) { console.log('double init', e.name); }
