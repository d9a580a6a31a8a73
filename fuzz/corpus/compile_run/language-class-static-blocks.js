// static initialization blocks
const log = [];
class A {
  static x = (log.push('field x'), 1);
  static {
    log.push('block 1');
    this.y = this.x + 1;
  }
  static z = (log.push('field z'), 3);
  static {
    log.push('block 2');
    this.sum = this.x + this.y + this.z;
  }
}
console.log(log.join(', '));
console.log(A.y, A.sum);

// static blocks can access private names
let reader;
class Secret {
  #value = 'hidden';
  static {
    reader = (o) => o.#value;
  }
}
console.log(reader(new Secret()));

// var declarations inside static blocks are local
class Scoped {
  static {
    var inside = 'local to block';
    this.copy = inside;
  }
}
console.log(Scoped.copy, typeof inside);

// this in static blocks is the class; super works
class Base { static greet() { return 'base greet'; } }
class Derived extends Base {
  static {
    this.result = super.greet() + ' from ' + this.name;
  }
}
console.log(Derived.result);

// exceptions in static blocks propagate out of the class definition
try {
  class Fails {
    static { throw new Error('static block failed'); }
  }
} catch (e) {
  console.log(e.message);
}

// static blocks run once
let runs = 0;
class Once { static { runs++; } }
new Once(); new Once();
console.log(runs);
