// arrow functions do not have their own arguments; they see the enclosing function's
function outer() {
  const arrow = () => arguments.length + ':' + arguments[0];
  return arrow('ignored', 'also');
}
console.log(outer('first', 'second', 'third'));

function nested() {
  const a = () => {
    const b = () => arguments[1];
    return b();
  };
  return a(99);
}
console.log(nested('x', 'y'));

// rest parameters are the way to collect arrow arguments
const collect = (...args) => args.length;
console.log(collect(1, 2, 3));

// an arrow at method level sees the method's arguments
const o = {
  m() { return [1, 2].map(() => arguments[0]).join(','); },
};
console.log(o.m('from m'));

// arrow arguments reflects changes in sloppy mapped arguments
function mapped(a) {
  const get = () => arguments[0];
  a = 'changed';
  return get();
}
console.log(mapped('orig'));

// an arrow's own parameter named arguments shadows
function shadow() {
  const f = (arguments) => arguments;
  return f('param');
}
console.log(shadow('outer'));
