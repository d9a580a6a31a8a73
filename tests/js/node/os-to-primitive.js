// os functions usable as values: which have Symbol.toPrimitive, and that it gives the function's result
const os = require('os');
for (const key of Object.keys(os)) {
  if (typeof os[key] !== 'function') continue;
  const prim = os[key][Symbol.toPrimitive];
  console.log(key, typeof prim, prim ? prim.name : '');
}
console.log(`${os.platform}` === os.platform(), `${os.arch}` === os.arch(), `${os.endianness}`);
console.log(`${os.hostname}` === os.hostname(), `${os.type}` === os.type(), `${os.release}` === os.release());
console.log(`${os.version}` === os.version(), `${os.machine}` === os.machine(), `${os.homedir}` === os.homedir());
console.log(`${os.tmpdir}` === os.tmpdir(), +os.totalmem === os.totalmem(), +os.availableParallelism === os.availableParallelism());
console.log(typeof +os.freemem, typeof +os.uptime, +os.freemem > 0, +os.uptime > 0);
console.log(os.platform + '' === process.platform, String(os.cpus).startsWith('function'));
