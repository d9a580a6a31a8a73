// user-defined error classes
class AppError extends Error {
  constructor(message, code) {
    super(message);
    this.name = this.constructor.name;
    this.code = code;
  }
}
class NotFoundError extends AppError {
  constructor(what) {
    super(what + ' not found', 404);
  }
}
const e = new NotFoundError('page');
console.log(e.name, e.message, e.code);
console.log(e instanceof NotFoundError, e instanceof AppError, e instanceof Error, e instanceof TypeError);
console.log(String(e), Object.prototype.toString.call(e));
console.log(Object.keys(e));

// name on the prototype instead of the instance
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = 'ProtoNamed';
const p = new ProtoNamed('via prototype');
console.log(String(p), p.hasOwnProperty('name'));

// catch by type
function risky(kind) {
  if (kind === 'nf') throw new NotFoundError('item');
  if (kind === 'app') throw new AppError('generic', 500);
  throw new RangeError('other');
}
for (const kind of ['nf', 'app', 'range']) {
  try {
    risky(kind);
  } catch (err) {
    if (err instanceof NotFoundError) console.log('not found handler', err.code);
    else if (err instanceof AppError) console.log('app handler', err.code);
    else console.log('fallback handler', err.name);
  }
}

// old-style error subclass with prototype chain
function LegacyError(message) {
  this.message = message;
}
LegacyError.prototype = Object.create(Error.prototype);
LegacyError.prototype.constructor = LegacyError;
LegacyError.prototype.name = 'LegacyError';
const le = new LegacyError('old school');
console.log(le instanceof Error, String(le), le.name);
