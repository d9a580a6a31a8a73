// A first Spindle script: closures, classes, destructuring and console output.
class Counter {
  #count = 0;
  constructor(name) {
    this.name = name;
  }
  increment(by = 1) {
    this.#count += by;
    return this;
  }
  get value() {
    return this.#count;
  }
}

const counters = ['a', 'b', 'c'].map((name, i) => new Counter(name).increment(i + 1));
for (const { name, value } of counters) {
  console.log(`${name}: ${value}`);
}

const makeAdder = (x) => (y) => x + y;
const add10 = makeAdder(10);
console.log([1, 2, 3].map(add10));
console.log({ total: counters.reduce((sum, c) => sum + c.value, 0), names: counters.map((c) => c.name) });
