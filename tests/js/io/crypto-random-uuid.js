// randomUUID: version-4 format, uniqueness over a few hundred calls, disableEntropyCache, option errors, and webcrypto.randomUUID's this check
const crypto = require('crypto');
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ids = [];
for (let i = 0; i < 300; i++) ids.push(crypto.randomUUID(i % 3 === 0 ? { disableEntropyCache: true } : undefined));
console.log('type', typeof ids[0], ids[0].length);
console.log('all v4 format', ids.every((id) => re.test(id)));
console.log('all distinct', new Set(ids).size === ids.length);
console.log('loose format', /^[0-9a-f-]{36}$/.test(crypto.randomUUID({})));
console.log('webcrypto', re.test(crypto.webcrypto.randomUUID()));
for (const [label, fn] of [
  ['options number', () => crypto.randomUUID(1)],
  ['options null', () => crypto.randomUUID(null)],
  ['disableEntropyCache string', () => crypto.randomUUID({ disableEntropyCache: 'yes' })],
  ['webcrypto bad this', () => crypto.webcrypto.randomUUID.call({})],
]) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
