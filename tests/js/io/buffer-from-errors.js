// Buffer.from / Buffer() with unsupported values: ERR_INVALID_ARG_TYPE messages, unknown encodings
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, '|', e.name, '|', e.code, '|', e.message); }
}
t('number', () => Buffer.from(5));
t('undefined', () => Buffer.from());
t('null', () => Buffer.from(null));
t('true', () => Buffer.from(true));
t('symbol', () => Buffer.from(Symbol('s')));
t('bigint', () => Buffer.from(10n));
t('function', () => Buffer.from(function foo() {}));
t('arrow', () => Buffer.from(() => {}));
t('plain object', () => Buffer.from({}));
t('class instance', () => Buffer.from(new (class Thing {})()));
t('null proto', () => Buffer.from(Object.create(null)));
t('date', () => Buffer.from(new Date(0)).length > 0);
t('weakmap', () => Buffer.from(new WeakMap()));
t('error', () => Buffer.from(new TypeError('x')));
t('regexp', () => Buffer.from(/x/));
t('map', () => Buffer.from(new Map()));
t('Number object', () => Buffer.from(new Number(3)));
t('unknown encoding', () => Buffer.from('abc', 'utf9'));
t('encoding number', () => Buffer.from('abc', 7).toString());
t('encoding null', () => Buffer.from('abc', null).toString());
t('encoding empty', () => Buffer.from('abc', '').toString());
t('encoding object', () => Buffer.from('abc', {}).toString());
t('long string', () => Buffer.from('x'.repeat(40), 'x'.repeat(40)));
t('toString unknown', () => Buffer.from('abc').toString('nope'));
t('toString null', () => Buffer.from('abc').toString(null));
t('toString empty', () => Buffer.from('abc').toString(''));
t('toString number', () => Buffer.from('abc').toString(5));
