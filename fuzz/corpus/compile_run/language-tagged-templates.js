// tagged templates: strings, raw strings, substitutions, and member tags
function tag(strings, ...values) {
  return listOf(strings) + ' | raw: ' + listOf(strings.raw) + ' | values: ' + values.join(',');
}
function listOf(arr) { return '[' + arr.map(s => "'" + s + "'").join(', ') + ']'; }

console.log(tag`a${1}b${2}c`);
console.log(tag`${'start'}middle${'end'}`);
console.log(tag``);
console.log(tag`line\nbreak \u0041`);

// strings array is frozen, raw too
function inspect(strings) {
  return [Object.isFrozen(strings), Object.isFrozen(strings.raw), Array.isArray(strings), strings.length, strings.raw.length].join(' ');
}
console.log(inspect`x${1}y`);

// invalid escapes are allowed in tagged templates: cooked is undefined
function cooked(strings) { return String(strings[0]) + ' / ' + strings.raw[0]; }
console.log(cooked`\unicode`);

// member expression and call expression tags
const obj = {
  prefix: '>>',
  tag(strings, v) { return this.prefix + strings[0] + v; },
};
console.log(obj.tag`value: ${42}`);
function makeTag(p) { return (s, ...v) => p + s.join('_') + v.length; }
console.log(makeTag('made:')`a${1}b${2}c`);

// tags can return anything
function nonString() { return { kind: 'object' }; }
console.log(nonString`x`.kind);

// substitutions are evaluated left to right before the tag is called
const order = [];
function ordered(s, ...v) { order.push('tag'); return v.join(','); }
const r = ordered`${order.push('first')}${order.push('second')}`;
console.log(r, order.join(','));
