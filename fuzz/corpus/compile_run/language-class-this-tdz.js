// `this` is uninitialised in derived constructors until super() returns
class Base {
  constructor() { this.base = true; }
}

class UseBefore extends Base {
  constructor() {
    try {
      this.x = 1;
    } catch (e) {
      console.log('this before super:', e.name);
    }
    super();
    this.x = 2;
  }
}
console.log(new UseBefore().x);

// arrow capturing this before super: error when called before, fine after
class ArrowEarly extends Base {
  constructor() {
    const getThis = () => this;
    try { getThis(); } catch (e) { console.log('arrow before super:', e.name); }
    super();
    console.log('arrow after super:', getThis() === this);
  }
}
new ArrowEarly();

// super() in an arrow function initialises this
class ArrowSuper extends Base {
  constructor() {
    const callSuper = () => super();
    callSuper();
    console.log('super via arrow:', this.base);
  }
}
new ArrowSuper();

// arguments to super evaluated before this is bound; they cannot use this
class ArgsThis extends Base {
  constructor() {
    try {
      super(this);
    } catch (e) {
      console.log('this in super args:', e.name);
      super();
    }
  }
}
new ArgsThis();

// super.method before super() also needs this
class SuperProp extends Base {
  constructor() {
    try {
      super.toString();
    } catch (e) {
      console.log('super property before super():', e.name);
    }
    super();
  }
}
new SuperProp();

// fields are initialized right after super returns
class Fields extends Base {
  field = 'initialised';
  constructor() {
    super();
    console.log('field after super:', this.field);
  }
}
new Fields();
