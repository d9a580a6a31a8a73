// #private methods and accessors, instance and static
class Temperature {
  #celsius = 0;
  get #fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set #fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  #format(v) { return v.toFixed(1); }
  setF(f) { this.#fahrenheit = f; return this; }
  report() { return this.#format(this.#celsius) + 'C = ' + this.#format(this.#fahrenheit) + 'F'; }
  getMethod() { return this.#format; }
}
const t = new Temperature().setF(212);
console.log(t.report());

// private methods are the same function object across instances
const t2 = new Temperature();
console.log(t.getMethod() === t2.getMethod(), t.getMethod().name);

// private methods are not writable
class ReadOnly {
  #m() {}
  tryWrite() {
    try { this.#m = 1; } catch (e) { return e.name; }
  }
}
console.log(new ReadOnly().tryWrite());

// getter-only private accessor cannot be assigned
class GetterOnly {
  get #g() { return 1; }
  tryWrite() {
    try { this.#g = 2; } catch (e) { return e.name; }
  }
  tryRead() { return this.#g; }
}
console.log(new GetterOnly().tryWrite(), new GetterOnly().tryRead());

// setter-only private accessor cannot be read
class SetterOnly {
  set #s(v) {}
  tryRead() {
    try { return this.#s; } catch (e) { return e.name; }
  }
}
console.log(new SetterOnly().tryRead());

// private methods are installed before field initialisers run
class Order {
  value = this.#compute();
  #compute() { return 'computed in field'; }
}
console.log(new Order().value);

// this inside private methods
class Chain {
  #add(n) { this.total = (this.total || 0) + n; return this; }
  run() { return this.#add(1).#add(2).total; }
}
console.log(new Chain().run());
