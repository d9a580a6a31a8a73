// [[Get]] on arrays from built-ins (RegExp results, Array.prototype methods): elements,
// holes that reach the prototype, length, named properties and accessors.
Array.prototype[1] = 'from proto';
const a = [0, , 2];
console.log(a.join('|'), Array.from(a).join('|'), a.length);
delete Array.prototype[1];
Object.defineProperty(Array.prototype, 3, { get() { return 'getter ' + this.length; }, configurable: true });
const b = [1, 2, 3];
b.length = 4;
console.log(b.join(','), b.indexOf('getter 4'));
delete Array.prototype[3];
const c = [1, 2];
Object.defineProperty(c, 0, { get() { return 'accessor'; } });
console.log(c.join(','), c.slice(0, 1)[0]);
const d = [5];
d.extra = 'named';
console.log(Object.entries(d).join(';'), d.at(0), d.at(-1));
const m = 'x1y2'.match(/(\d)(?<letter>\D)?/);
console.log(m.index, m.input, m.length, m[1], m[2], JSON.stringify(m.groups));
console.log('a1b2c3'.replace(/(\d)/g, (all, d, i) => `[${d}@${i}]`));
const frozen = Object.freeze([1, 2]);
console.log(frozen.concat([3]).join(), Reflect.get([9], 0), Reflect.get([9], 'length'));
