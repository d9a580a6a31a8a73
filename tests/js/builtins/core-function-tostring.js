// Function.prototype.toString returns the exact source text for functions, classes, methods, accessors
function   spaced ( a,b ) { return a+b /* c */ ; }
console.log(spaced.toString());
console.log((function* gen() { yield 1; }).toString());
console.log(((x) => x * 2).toString(), (x => { return x; }).toString());
class Foo extends Object {
  constructor() { super(); }
  method(a) { return a; }
  static   st() {}
  get prop() { return 1; }
  set prop(v) {}
  ['comp' + 'uted']() {}
  *g() {}
}
console.log(Foo.toString());
console.log(Foo.prototype.method.toString());
console.log(Foo.st.toString());
const pd = Object.getOwnPropertyDescriptor(Foo.prototype, 'prop');
console.log(pd.get.toString(), '|', pd.set.toString());
console.log(Foo.prototype.computed.toString(), '|', Foo.prototype.g.toString());
const obj = { short() {}, 'quoted key'() {}, [Symbol.iterator]() {}, f: function () {} };
console.log(obj.short.toString(), obj['quoted key'].toString(), obj[Symbol.iterator].toString(), obj.f.toString());
console.log(new Function('a', 'b', 'return a + b').toString());
console.log(new Function().toString());
console.log(/\{ \[native code\] \}$/.test(Math.max.toString()), /\[native code\]/.test(spaced.bind().toString()));
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.name); }
