// Subclassing Error: name via prototype/field, instanceof chains, new.target prototypes, Reflect.construct and plain functions
class AppError extends Error {
  constructor(msg, code) { super(msg); this.code = code; }
  get name() { return 'AppError'; }
}
class DbError extends AppError { constructor(msg) { super(msg, 'DB'); this.name = 'DbError'; } }
const a = new AppError('app failed', 1);
console.log(String(a), a instanceof AppError, a instanceof Error, a instanceof TypeError, a.code, Object.prototype.toString.call(a));
let threw;
try { new DbError('db'); } catch (e) { threw = e.name; }
console.log('assign to getter-only name:', threw);
class FieldErr extends Error { name = 'FieldErr'; }
const f = new FieldErr('fe', { cause: 'cz' });
console.log(String(f), f.cause, Object.keys(f), Object.hasOwn(f, 'message'));
class Range2 extends RangeError {}
const r = new Range2('r2');
console.log(r.name, r instanceof RangeError, r instanceof Range2, r.constructor.name, String(r));
function Legacy(msg) { this.message = msg; }
Legacy.prototype = Object.create(Error.prototype, { constructor: { value: Legacy }, name: { value: 'Legacy' } });
const l = new Legacy('old style');
console.log(String(l), l instanceof Error, Object.prototype.toString.call(l));
const viaReflect = Reflect.construct(Error, ['reflected'], AppError);
console.log(viaReflect instanceof AppError, viaReflect.message, viaReflect.code, String(viaReflect));
class NoSuper extends Error { constructor() { return { notAnError: true }; } }
console.log(new NoSuper().notAnError, new NoSuper() instanceof Error);
class Missing extends Error { constructor() { } }
try { new Missing(); } catch (e) { console.log('no super()', e.name); }
const cross = [new TypeError(), new RangeError(), new SyntaxError(), new AggregateError([]), new EvalError(), new URIError(), new ReferenceError()];
console.log(cross.map((e) => [e instanceof Error, e instanceof TypeError, e.constructor.name].join('/')).join(' '));
