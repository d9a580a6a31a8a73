// JSON.parse reviver: visiting order, this binding, deleting via undefined, modifying nested values, arrays
const order = [];
JSON.parse('{"a":1,"b":{"c":[10,20],"d":null},"e":"x"}', function (k, v) {
  order.push(JSON.stringify(k) + (Array.isArray(this) ? '[arr]' : ''));
  return v;
});
console.log(order.join(' '));
const r = JSON.parse('{"keep":1,"drop":2,"nested":{"drop":3,"n":4},"list":[1,2,3]}', (k, v) => {
  if (k === 'drop') return undefined;
  if (typeof v === 'number') return v * 10;
  if (k === '1') return undefined;
  return v;
});
console.log(JSON.stringify(r), r.list.length, 1 in r.list);
console.log(JSON.parse('5', (k, v) => [k, v]), JSON.stringify(JSON.parse('[1,[2]]', (k, v) => (Array.isArray(v) ? v.length : v))));
const root = JSON.parse('{"x":1}', function (k, v) { if (k === '') return Object.keys(this).join() + '|' + typeof v; return v; });
console.log(root);
const mutated = JSON.parse('{"a":1,"b":2}', function (k, v) {
  if (k === 'a') this.b = 99;
  return v;
});
console.log(JSON.stringify(mutated));
console.log(JSON.stringify(JSON.parse('{"__proto__":1,"a":{"__proto__":null}}', (k, v) => v)), Object.keys(JSON.parse('{"__proto__":5}')).join());
console.log(JSON.parse('"abc"', 'not a function'), JSON.parse('[1]', null)[0]);
