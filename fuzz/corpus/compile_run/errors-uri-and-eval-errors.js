// URIError from URI functions and EvalError construction
try {
  decodeURIComponent('%');
} catch (e) {
  console.log(e.name, e instanceof URIError, e instanceof Error);
}
try {
  decodeURI('%E0%A4%A');
} catch (e) {
  console.log(e.name);
}
try {
  encodeURI('\uDFFF');
} catch (e) {
  console.log(e.name);
}
// EvalError is never thrown by the engine but can be constructed and thrown
try {
  throw new EvalError('manual eval error');
} catch (e) {
  console.log(e.name, e.message, e instanceof EvalError, String(e));
}
console.log(URIError.prototype.name, EvalError.prototype.name);
