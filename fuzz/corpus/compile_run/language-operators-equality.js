// loose equality coercion table samples, strict equality, Object.is
const values = [0, -0, '', '0', '1', 1, true, false, null, undefined, NaN, [], [0], [1], '  ', 'a'];
const names = ['0', '-0', "''", "'0'", "'1'", '1', 'true', 'false', 'null', 'undef', 'NaN', '[]', '[0]', '[1]', "'  '", "'a'"];
for (let i = 0; i < values.length; i++) {
  const row = [];
  for (let j = 0; j < values.length; j++) row.push(values[i] == values[j] ? 'T' : '.');
  console.log(names[i].padEnd(6), row.join(''));
}

console.log(null == undefined, null === undefined, null == false, undefined == 0);
console.log(NaN == NaN, NaN === NaN, Object.is(NaN, NaN));
console.log(0 === -0, Object.is(0, -0), Object.is(-0, -0));
console.log('1' == 1, '1' === 1, true == 1, true === 1, true == '1', true == 'true');

// objects compare by identity
const o = {};
console.log(o == o, o == {}, [] == [], o === o);

// object vs primitive uses ToPrimitive
const withValue = { valueOf() { return 42; } };
const withString = { toString() { return 'str'; } };
console.log(withValue == 42, withString == 'str', withValue === 42);

// symbols
const s = Symbol('s');
console.log(s == s, s === s, Symbol('s') == Symbol('s'), Object(s) == s);

// boxed primitives
console.log(new String('a') == 'a', new String('a') === 'a', new String('a') == new String('a'));
console.log(new Number(1) == new Number(1), new Number(1) == 1);

// != and !==
console.log(1 != '1', 1 !== '1', null != undefined, null !== undefined);
