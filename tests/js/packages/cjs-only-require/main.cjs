// CommonJS-only packages via require(): ms and cookie, plus a local .js helper that is CommonJS because the nearest package.json has no "type"
const ms = require('ms');
const { parse, serialize } = require('cookie');
const durations = require('./durations.js');

console.log('ms is a function:', typeof ms, ms.length);
console.log('same instance from the helper:', durations.ms === ms);
console.log(['250ms', '3s', '5 minutes', '2h', '1d', '1w', '1.5 years'].map(ms));
console.log([999, 1000, 59000, 60000, 3600000, 86400000 * 3].map(n => ms(n)));
console.log([999, 1000, 59000, 60000, 3600000, 86400000 * 3].map(n => ms(n, { long: true })));

console.log('helper:', durations.total(['1m', '30s', '500ms']), durations.pretty(['1h', '15m']));
console.log('helper exports:', Object.keys(durations), 'loaded once:', require('./durations') === durations);

const jar = parse('a=1; b=two%20words; c="quoted"');
console.log(JSON.stringify(jar));
console.log(parse('x=%E2%9C%93; y=%zz', { decode: v => v.toUpperCase() }).y);
console.log(serialize('token', 'abc', { maxAge: durations.seconds('1h'), secure: true, partitioned: true, priority: 'high' }));

const cookieModule = require('cookie');
console.log('cookie module keys:', Object.keys(cookieModule), 'esModule flag:', cookieModule.__esModule);
