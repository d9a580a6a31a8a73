// Declarations initialized from their initializers: TDZ inside the initializer, throws
// part way, vars visible after a throw, generators suspended inside an initializer.
function tdzInOwnInitializer() {
  const results = [];
  try { let x = (results.push('evaluated'), x); } catch (e) { results.push(e.constructor.name); }
  try { const y = [1, y]; } catch (e) { results.push(e.constructor.name); }
  try { let z = typeof z; } catch (e) { results.push(e.constructor.name); }
  try { let w = { w }; } catch (e) { results.push(e.constructor.name); }
  try { let o = ({ f() { return 1; } }).f(o); } catch (e) { results.push(e.constructor.name); }
  return results.join(',');
}
console.log(tdzInOwnInitializer());

function throwsPartWay() {
  const thrower = { m() { throw new Error('in m'); } };
  try {
    var v = thrower.m();
  } catch (e) {
    console.log('var after throw:', v);
  }
  var w = 'before';
  try {
    var w = thrower.m();
  } catch (e) {
    console.log('redeclared var after throw:', w);
  }
  let out;
  for (let i = 0; i < 3; i++) {
    try {
      const c = i === 1 ? thrower.m() : { i };
      out = c;
    } catch (e) {
      console.log('iteration', i, e.message, JSON.stringify(out));
    }
  }
  switch (1) {
    case 0:
      let s = 'zero';
    case 1:
      try { console.log(s); } catch (e) { console.log('switch', e.constructor.name); }
  }
}
throwsPartWay();

function* suspendsInInitializer() {
  try {
    const a = [1, yield 'first', 3];
    console.log('a is', a.join());
    let b = (yield 'second') + 1;
    console.log('b is', b);
  } finally {
    console.log('finally');
  }
}
let g = suspendsInInitializer();
console.log(g.next().value, g.next(2).value, JSON.stringify(g.next(10)));
g = suspendsInInitializer();
g.next();
console.log(JSON.stringify(g.return('early')));

async function awaitsInInitializer() {
  const v = await Promise.resolve('resolved');
  let w;
  try {
    const u = await Promise.reject(new Error('rejected'));
    w = u;
  } catch (e) {
    w = e.message;
  }
  const named = function () {};
  const arrow = () => {};
  class K {}
  const klass = class {};
  console.log(v, w, named.name, arrow.name, K.name, klass.name);
}
awaitsInInitializer();
