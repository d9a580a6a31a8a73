// getters and setters in classes: instance, static, inheritance, overriding
class Rect {
  constructor(w, h) { this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  set area(v) { const s = Math.sqrt(v); this.w = s; this.h = s; }
  static get unit() { return new Rect(1, 1); }
}
const r = new Rect(2, 3);
console.log(r.area);
r.area = 16;
console.log(r.w, r.h, Rect.unit.area);

// accessors live on the prototype and are non-enumerable
const d = Object.getOwnPropertyDescriptor(Rect.prototype, 'area');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, r.hasOwnProperty('area'));

// overriding only the getter in a subclass loses the inherited setter
class OnlyGetter extends Rect {
  get area() { return 'sub ' + super.area; }
}
const og = new OnlyGetter(2, 2);
og.area = 100;
console.log(og.area, og.w, Object.keys(og).join(','));

// setter with super
class Logged extends Rect {
  set area(v) { this.log = 'setting ' + v; super.area = v; }
  get area() { return super.area; }
}
const lg = new Logged(1, 1);
lg.area = 9;
console.log(lg.log, lg.area);

// getter-only class property assigned in strict class code throws
class Strict {
  get ro() { return 'ro'; }
  tryAssign() {
    try { this.ro = 1; } catch (e) { return e.name; }
    return 'no error';
  }
}
console.log(new Strict().tryAssign());

// accessor with computed name and symbol
const key = Symbol('k');
class Sym { get [key]() { return 'symbol getter'; } }
console.log(new Sym()[key]);
