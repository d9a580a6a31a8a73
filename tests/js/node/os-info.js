// os information functions: types and relations only (hostname, type/release/version/machine, memory, uptime, loadavg, cpus, availableParallelism, homedir, networkInterfaces)
const os = require('os');
const isString = (s) => typeof s === 'string' && s.length > 0;
console.log('hostname', isString(os.hostname()));
console.log('uname', [os.type(), os.release(), os.version(), os.machine()].every(isString));
console.log('type stable', os.type() === os.type(), os.release() === os.release());
console.log('linux type', process.platform !== 'linux' || os.type() === 'Linux');
const total = os.totalmem();
const free = os.freemem();
console.log('memory', typeof total, typeof free, Number.isInteger(total), total > 0, free >= 0, free <= total);
const up = os.uptime();
console.log('uptime', typeof up, up > 0);
const avg = os.loadavg();
console.log('loadavg', Array.isArray(avg), avg.length, avg.every((n) => typeof n === 'number' && n >= 0), os.loadavg() !== avg);
const cpus = os.cpus();
console.log('cpus', Array.isArray(cpus));
const shapeOk = cpus.every((c) =>
  JSON.stringify(Object.keys(c)) === '["model","speed","times"]' &&
  JSON.stringify(Object.keys(c.times)) === '["user","nice","sys","idle","irq"]' &&
  typeof c.model === 'string' && typeof c.speed === 'number' &&
  Object.values(c.times).every((t) => typeof t === 'number' && t >= 0));
console.log('cpu shape', shapeOk);
const n = os.availableParallelism();
console.log('availableParallelism', Number.isInteger(n), n >= 1);
console.log('homedir', isString(os.homedir()), process.env.HOME === undefined || os.homedir() === process.env.HOME);
const nets = os.networkInterfaces();
console.log('networkInterfaces', typeof nets, nets !== null, Object.values(nets).every(Array.isArray));
console.log('endianness', os.endianness() === 'LE' || os.endianness() === 'BE');
console.log('arity', os.hostname(1, 2) === os.hostname(), os.cpus('x').length === cpus.length);
