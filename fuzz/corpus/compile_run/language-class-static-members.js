// static fields, static methods, static this, inheritance of statics
class Config {
  static defaults = { debug: false };
  static count = 0;
  static doubled = Config.count * 2 + 1;
  static self = this;
  static create() {
    this.count++;
    return new this();
  }
  static get description() {
    return 'Config x' + this.count;
  }
}
Config.create();
Config.create();
console.log(Config.count, Config.doubled, Config.self === Config, Config.description, Config.defaults.debug);

// statics are inherited through the constructor prototype chain
class Special extends Config {
  static create() {
    const inst = super.create();
    return inst;
  }
}
const sp = Special.create();
console.log(sp instanceof Special, Special.count, Config.count, Object.hasOwn(Special, 'count'));
console.log(Object.getPrototypeOf(Special) === Config);

// static fields are own properties of the class
console.log(Object.keys(Config).join(','));

// static method names can be computed
const name = 'dyn';
class Computed {
  static [name + 'Method']() { return 'computed static'; }
  static ['field' + 1] = 'computed static field';
}
console.log(Computed.dynMethod(), Computed.field1);

// 'name' and 'length' as static members override defaults
class Named {
  static name = 'custom name';
}
console.log(Named.name);
class Len {
  static length() { return 'len method'; }
}
console.log(typeof Len.length);

// static this in arrow field
class Arrow {
  static who = () => this.name;
}
console.log(Arrow.who());
