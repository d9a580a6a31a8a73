class A { #x = 1; static #y; get x() { return this.#x; } static { A.#y = new A().x; } } class B extends A { constructor() { super(); this.z = super.x; } }
