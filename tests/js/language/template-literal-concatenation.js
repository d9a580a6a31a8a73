// Template literals: each substitution is evaluated and converted by ToString (hint string)
// in order, then the parts are concatenated at once (ECMA-262 §13.2.8.6). Long templates,
// ropes among the parts and long results take the pair-by-pair path.
let x = 5;
const o = { toString() { return 'O'; }, valueOf() { return 'V'; } };
console.log(`a${x}b${o}c`, `${x}`, `${o}`, ``, `plain`, `${o}${x}`, `${''}${''}`);
console.log(typeof `${x}`, `${-0}`, `${1e21}`, `${null}|${undefined}|${true}|${10n}`);

// Growing a string through a template in a loop (ropes past the flat limit).
let s = 'q';
for (let i = 0; i < 400; i++) s = `${s}${i % 10}`;
console.log(s.length, s.slice(0, 12), s.slice(-12));
const long = 'z'.repeat(300);
console.log(`${long}!`.length, `<${long}>`.slice(0, 3), `<${long}>`.slice(-3));
console.log(`${s}|${long}`.length, `[${s.slice(0, 5)}]`);

// More substitutions than one concatenation takes at once.
const many = `${1}${2}${3}${4}${5}${6}${7}${8}${9}${10}${11}${12}${13}${14}${15}${16}${17}${18}-${19}${20}${21}${22}${23}${24}${25}${26}${27}${28}${29}${30}${31}${32}${33}${34}${35}.`;
console.log(many, many.length);
let parts = [];
for (let i = 0; i < 100; i++) parts.push('${' + i + '}');
console.log(eval('`' + parts.join(',') + '`').split(',').length);

// Order of evaluation and conversion; an abrupt conversion stops the rest.
const order = [];
const t = (name) => ({ toString() { order.push('toString ' + name); return name; } });
console.log(`${(order.push('eval a'), t('A'))}-${(order.push('eval b'), t('B'))}`);
console.log(order.join(', '));
order.length = 0;
try {
  `${(order.push('eval a'), t('A'))}${Symbol('s')}${(order.push('eval c'), t('C'))}`;
} catch (e) {
  console.log(e.constructor.name, e.message, order.join(', '));
}
try {
  `x${{ toString() { throw new Error('boom'); } }}`;
} catch (e) {
  console.log(e.message);
}

// A substitution that assigns to a variable read by a later one.
let v = 'before';
console.log(`x${(v = 'changed')}y${v}`);
// The template's own target read inside it.
let w = 'w0';
w = `${w}+${(w = 'w1')}+${w}`;
console.log(w);

// A bound function's name is a short rope ("bound " + name): a part like any other.
function named() {}
const bound = named.bind().bind();
console.log(`${bound.name}!`, bound.name + '?' + 1, `[${bound.name}]`.length);
