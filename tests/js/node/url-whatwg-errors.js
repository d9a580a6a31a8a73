// WHATWG URL errors: ERR_INVALID_URL (input, base), ERR_MISSING_ARGS, ERR_INVALID_THIS, receiver checks.
'use strict';

function report(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    const extra = Object.keys(e).map((k) => `${k}=${JSON.stringify(e[k])}`).join(' ');
    console.log(`${label}: ${e.constructor.name} ${JSON.stringify(e.message)} [${extra}] ${String(e)}`);
  }
}

report('invalid', () => new URL('not a url'));
report('invalid with base', () => new URL('/path', 'also not a url'));
report('null base', () => new URL('foo', null));
report('undefined base', () => new URL('foo', undefined));
report('empty', () => new URL(''));
report('bad ipv6', () => new URL('http://[::1'));
report('bad port', () => new URL('http://h:99999/'));
report('relative to opaque', () => new URL('x', 'mailto:a@b'));
report('no args', () => new URL());
report('href setter', () => { new URL('http://h/').href = '//nope'; });
report('canParse no args', () => URL.canParse());
report('parse no args', () => URL.parse());
report('symbol', () => new URL(Symbol('s')));

const sp = new URLSearchParams('a=1');
report('append 1 arg', () => sp.append('a'));
report('set 0 args', () => sp.set());
report('get 0 args', () => sp.get());
report('getAll 0 args', () => sp.getAll());
report('has 0 args', () => sp.has());
report('delete 0 args', () => sp.delete());
report('forEach bad', () => sp.forEach(42));
report('tuple', () => new URLSearchParams([['a', 'b', 'c']]));
report('not iterable', () => new URLSearchParams({ [Symbol.iterator]: 1 }));
for (const m of ['append', 'get', 'toString', 'sort', 'entries']) {
  report(`USP.${m} this`, () => URLSearchParams.prototype[m].call({}, 'a', 'b'));
}
report('USP size this', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call([]));

// URL accessors on a non-URL receiver throw TypeErrors (Node 20: V8 private-member checks).
const fake = Object.create(URL.prototype);
for (const name of ['href', 'search', 'protocol', 'host', 'searchParams']) {
  report(`URL get ${name}`, () => Object.getOwnPropertyDescriptor(URL.prototype, name).get.call(fake));
}
report('URL set hash', () => Object.getOwnPropertyDescriptor(URL.prototype, 'hash').set.call({}, 'x'));
report('URL toString', () => URL.prototype.toString.call({}));
report('URL toJSON', () => URL.prototype.toJSON.call({}));
