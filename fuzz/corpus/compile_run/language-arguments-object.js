// the arguments object: length, indexing, mapping in sloppy mode
function info() {
  return [arguments.length, typeof arguments, Array.isArray(arguments), Object.prototype.toString.call(arguments)].join(' ');
}
console.log(info(1, 2, 3));
console.log(info());

function mapped(a, b) {
  arguments[0] = 'A';
  b = 'B';
  return [a, arguments[1]].join(',');
}
console.log(mapped(1, 2));

// params not passed are not mapped
function unpassed(a, b) {
  b = 'set';
  return [arguments.length, arguments[1]].join(',');
}
console.log(unpassed(1));

// arguments.length is writable and does not change params
function lengthWrite(a) {
  arguments.length = 10;
  return arguments.length + ' ' + a;
}
console.log(lengthWrite('x'));

// converting to an array
function toArray() {
  return Array.prototype.slice.call(arguments).concat(Array.from(arguments)).join('');
}
console.log(toArray('a', 'b'));

// arguments is iterable
function iter() {
  const out = [];
  for (const v of arguments) out.push(v);
  return out.join('/');
}
console.log(iter(1, 2, 3));

// deleting an element breaks the mapping
function del(a) {
  delete arguments[0];
  a = 'after';
  return String(arguments[0]);
}
console.log(del('before'));

// arguments.callee in sloppy mode is the function
function callee() { return arguments.callee === callee; }
console.log(callee());
