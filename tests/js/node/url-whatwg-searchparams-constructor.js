// URLSearchParams constructor: string (leading '?'), sequence of pairs, record, iterables and errors.
'use strict';

function show(label, init) {
  try {
    const p = new URLSearchParams(init);
    console.log(label, JSON.stringify([...p]), p.toString());
  } catch (e) {
    console.log(label, `${e.name} ${e.code}: ${e.message}`);
  }
}

show('none', undefined);
show('null', null);
show('empty', '');
show('?', '?');
show('??a=b', '??a=b');
show('plain', 'a=1&b=2');
show('odd', '&&a&=&b=&=c&a=b=c');
show('number', 42);
show('boolean', true);
show('array pairs', [['a', '1'], ['b', 2], [3, null]]);
show('empty array', []);
show('map', new Map([['m', 'n'], ['o', 'p']]));
show('set pair', [new Set(['s', 't'])]);
show('generator', (function* () { yield ['g', 'h']; yield ['i', 'j']; })());
show('strings as pairs', ['ab', 'cd']);
show('record', { a: '1', b: 2, c: undefined });
show('record surrogates', { '\ud800': 'first', '\ufffd': 'second', z: 'z' });
show('record own only', Object.create({ inherited: 1 }, {
  own: { value: 'yes', enumerable: true },
  hidden: { value: 'no', enumerable: false },
}));
show('function record', Object.assign(function f() {}, { fk: 'fv' }));
show('copy', new URLSearchParams('x=1&x=2'));
show('iterator undefined', { [Symbol.iterator]: undefined, r: 's' });

show('short pair', [['a']]);
show('long pair', [['a', 'b', 'c']]);
show('null pair', [null]);
show('number pair', [1]);
show('iterator not function', { [Symbol.iterator]: 5 });
show('short iterable pair', [new Set(['only'])]);
try {
  new URLSearchParams({ [Symbol('s')]: 1 });
} catch (e) {
  console.log('symbol key', e.name);
}
