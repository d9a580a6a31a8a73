// CommonJS-only packages from ESM: ms (module.exports = function) by default import only; cookie (exports.parse = ...) by named imports
import ms from 'ms';
import * as msNs from 'ms';
import cookie, { parse, serialize } from 'cookie';
import * as cookieNs from 'cookie';

console.log('ms default:', typeof ms, JSON.stringify(ms.name));
console.log('ms namespace keys:', Object.keys(msNs));
console.log(ms('2 days'), ms('1.5h'), ms('10s'), ms('-3m'), ms('100'), ms('1y'));
console.log(ms(60000), ms(2 * 60 * 60 * 1000, { long: true }), ms(1000, { long: true }), ms(-86400000));
console.log('invalid:', ms('not a duration'));
try {
  ms('');
} catch (err) {
  console.log('empty string:', err.name);
}

// ms assigns module.exports = function, so Node detects no named exports: a named import fails to link.
try {
  await import('./named-ms.mjs');
  console.log('named import of ms linked');
} catch (err) {
  console.log('named import of ms:', err.name);
}

// cookie is TypeScript output (exports.__esModule, exports.parse, exports.serialize): its names are detected.
console.log('cookie namespace keys:', Object.keys(cookieNs).sort());
console.log('default is module.exports:', cookie.parse === parse, cookie.__esModule, cookieNs.__esModule);
const parsed = parse('theme=dark; lang=en%20US; empty=; theme=light');
console.log(JSON.stringify(parsed), Object.getPrototypeOf(Object.getPrototypeOf(parsed)));
console.log(serialize('session', 'a b;c', {
  path: '/',
  httpOnly: true,
  maxAge: 3600,
  sameSite: 'lax',
  expires: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)),
}));
try {
  serialize('bad name', 'x');
} catch (err) {
  console.log(err.name, err.message);
}
