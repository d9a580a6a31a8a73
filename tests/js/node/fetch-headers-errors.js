// Headers errors: invalid names and values in every method, ByteString conversion, too few arguments, bad HeadersInit values, whole-init conversion before validation, brand checks
// Control characters in messages are shown escaped
const escape = (s) => s.replace(/[\0-\x1f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, '->', e.name, escape(e.message));
  }
};
const h = new Headers({ ok: 'yes' });

// Names must be HTTP tokens
t('append space', () => h.append('bad name', 'v'));
t('append empty', () => h.append('', 'v'));
t('append colon', () => h.append('a:b', 'v'));
t('append latin-1 name', () => h.append('caf\u00e9', 'v'));
t('set bracket', () => h.set('a(b)', 'v'));
t('get at', () => h.get('a@b'));
t('has slash', () => h.has('a/b'));
t('delete quote', () => h.delete('"q"'));
t('token punctuation', () => { h.append("!#$%&'*+-.^_`|~", 'v'); return h.has("!#$%&'*+-.^_`|~"); });

// Values must not hold NUL, CR or LF once trimmed
t('append LF', () => h.append('a', 'x\ny'));
t('append CR', () => h.append('a', 'x\ry'));
t('set NUL', () => h.set('a', 'x\0y').length);
t('trimmed CRLF is fine', () => { h.set('a', '\r\nx\r\n'); return h.get('a'); });
t('name checked before value', () => h.append('bad name', 'bad\nvalue'));

// ByteString: every code unit must fit in a byte
t('name over 255', () => h.append('\u0100', 'v'));
t('value over 255', () => h.set('a', 'ok\u2603'));
t('get over 255', () => h.get('x\u{1F600}'));
t('record value over 255', () => new Headers({ a: '\u0100' }));
t('sequence name over 255', () => new Headers([['\u0101', 'v']]));

// Too few arguments
t('append 1 arg', () => h.append('a'));
t('set 0 args', () => h.set());
t('get 0 args', () => h.get());
t('has 0 args', () => h.has());
t('delete 0 args', () => h.delete());
t('forEach 0 args', () => h.forEach());
t('forEach not a function', () => h.forEach({}));
t('explicit undefined counts', () => h.get(undefined));

// HeadersInit
for (const init of [null, 5, 'str', true, Symbol('s')]) {
  t(`init ${String(init)}`, () => new Headers(init));
}
t('pair of 1', () => new Headers([['only']]));
t('pair of 3', () => new Headers([['a', 'b', 'c']]));
t('empty pair', () => new Headers([[]]));
t('number pair', () => new Headers([5]));
t('string pair', () => new Headers(['ab']));
t('null pair', () => new Headers([null]));
t('object pair', () => new Headers([{}]));
t('bad name in record', () => new Headers({ 'a b': 'v' }));
t('bad value in sequence', () => new Headers([['a', 'v\n1']]));
// The whole init is converted to ByteStrings first, then each header is validated
t('conversion first (sequence)', () => new Headers([['bad name', 'v'], ['ok', '\u0100']]));
t('conversion first (record)', () => new Headers({ 'bad name': 'v', ok: '\u0100' }));
t('length checked after conversion', () => new Headers([['x'], ['y', '\u0100']]));
t('record getters run once each', () => {
  const seen = [];
  const init = { get b() { seen.push('b'); return '2'; }, get a() { seen.push('a'); return '1'; } };
  return [JSON.stringify([...new Headers(init)]), seen.join()];
});

// Brand checks
for (const name of ['get', 'has', 'append', 'set', 'delete', 'getSetCookie', 'keys', 'values', 'entries', 'forEach']) {
  try {
    Headers.prototype[name].call({}, 'a', 'b');
    console.log(name, 'did not throw');
  } catch (e) {
    console.log('brand', name, e.name, e.message, e.code);
  }
}
try {
  Headers();
} catch (e) {
  console.log('call without new', e.name);
}
