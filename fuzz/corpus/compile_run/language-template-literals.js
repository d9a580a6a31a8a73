// template literals: interpolation, coercion, multi-line, escapes, nesting
const name = 'world';
const n = 3;
console.log(`hello ${name}`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`nested ${`inner ${name.toUpperCase()}`} done`);
console.log(`multi
line`);
console.log(`escapes: \` \${not} \\ \t| \u0041 \x42 \u{1F600}`);
console.log(`values: ${null} ${undefined} ${true} ${[1, 2]} ${{}}`);
console.log(`empty: [${''}]`);

// interpolation uses ToString, not valueOf first
const obj = {
  toString() { return 'toString'; },
  valueOf() { return 'valueOf'; },
};
console.log(`${obj}`, '' + obj);

// Symbol.toPrimitive with hint string
const prim = {
  [Symbol.toPrimitive](hint) { return 'hint:' + hint; },
};
console.log(`${prim}`, '' + prim);

// symbols cannot be converted implicitly
try {
  `${Symbol('s')}`;
} catch (e) {
  console.log('symbol', e.name);
}

// expressions of all kinds
const arr = [1, 2, 3];
console.log(`${arr.map(x => x * 2).join('-')} ${n > 2 ? 'big' : 'small'} ${(() => 'iife')()}`);

// line continuation
console.log(`a\
b`);

// CRLF in template source is normalized (written with escapes here)
console.log(`x${'\r\n'.length}y`);
