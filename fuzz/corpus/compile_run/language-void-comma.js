// the void operator and the comma operator
console.log(void 0, void 'x', void (1 + 2));
let sideEffect = 0;
console.log(void sideEffect++, sideEffect);
console.log(void 0 === undefined);

// comma evaluates left to right and returns the last value
let a = (1, 2, 3);
console.log(a);
let i = 0;
const r = (i++, i++, i);
console.log(r, i);

// comma in for loops
const out = [];
for (let x = 0, y = 10; x < 3; x++, y--) out.push(x + ':' + y);
console.log(out.join(' '));

// comma changes this for method calls
const obj = { m() { return this === obj; } };
console.log(obj.m(), (obj.m)(), (0, obj.m)() === true);

// comma in arrow bodies
const both = (x) => (console.log('first', x), 'second ' + x);
console.log(both(1));

// void in arrow to discard a return value
const discard = () => void 'ignored';
console.log(discard());
