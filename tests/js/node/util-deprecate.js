// util.deprecate: calls process.emitWarning(msg, 'DeprecationWarning', code, fn) once per wrapper and once per code; observed by replacing process.emitWarning so nothing reaches stderr
const util = require('util');

const calls = [];
process.emitWarning = (...args) => {
  calls.push(args);
  const [msg, type, codeOrCtor, ctor] = args;
  const code = typeof codeOrCtor === 'string' ? codeOrCtor : '(no code)';
  const fn = typeof codeOrCtor === 'function' ? codeOrCtor : ctor;
  console.log(`emitWarning(${args.length} args): ${type} ${code} ${msg} ctor=${typeof fn === 'function' ? fn.name : fn}`);
};

function add(a, b) { return a + b; }
const oldAdd = util.deprecate(add, 'add() is deprecated. Use plus() instead.', 'DEP_TEST_1');
console.log(oldAdd.name, oldAdd.length, typeof oldAdd);
console.log(oldAdd(1, 2), oldAdd(3, 4), oldAdd(5, 6));

// Another wrapper with the same code: no second warning
const sameCode = util.deprecate(() => 'same code', 'other message', 'DEP_TEST_1');
console.log(sameCode());

// No code: warns once per wrapper
const noCode1 = util.deprecate(() => 'no code 1', 'first without code');
const noCode2 = util.deprecate(() => 'no code 2', 'first without code');
console.log(noCode1(), noCode1(), noCode2());

// `this` and arguments pass through
const obj = { k: 'K', get: util.deprecate(function (suffix) { return this.k + suffix; }, 'get is old', 'DEP_TEST_2') };
console.log(obj.get('!'));

// Constructors: new.target, prototype shared, instanceof both ways
function Old(x) { this.x = x; }
Old.prototype.describe = function () { return `Old(${this.x})`; };
const Wrapped = util.deprecate(Old, 'Old is deprecated', 'DEP_TEST_3');
const w = new Wrapped(7);
console.log(w.describe(), w instanceof Old, w instanceof Wrapped, new Old(1) instanceof Wrapped);
console.log(Wrapped.prototype === Old.prototype, Object.getPrototypeOf(Wrapped) === Old);
class Modern { constructor(v) { this.v = v; } }
const WrappedClass = util.deprecate(Modern, 'Modern is deprecated', 'DEP_TEST_4');
const m = new WrappedClass(9);
console.log(m.v, m instanceof Modern, m.constructor === Modern);

// process.noDeprecation silences the wrapper entirely (and a later call can still warn)
process.noDeprecation = true;
const quiet = util.deprecate(() => 'quiet', 'quiet is deprecated', 'DEP_TEST_5');
console.log(quiet());
process.noDeprecation = false;
console.log(quiet());

// The code must be a string
for (const code of [5, null, {}]) {
  try {
    util.deprecate(() => {}, 'msg', code);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log('emitWarning called', calls.length, 'times');
