// Mixing 'readable' and 'data': a 'readable' listener takes precedence (no flowing while it is attached), removing it lets 'data' flow again on the next tick, once('readable') cycles, and resume() while a 'readable' listener is attached.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
r.on('data', (c) => log('data', String(c)));
const onReadable = () => {
  log('readable, flowing', r.readableFlowing);
  let c;
  while ((c = r.read()) !== null) log('read', String(c));
};
r.on('readable', onReadable);
log('flowing with both', r.readableFlowing);
r.push('one');

setTimeout(() => {
  r.removeListener('readable', onReadable);
  log('removed readable, flowing now', r.readableFlowing);
  process.nextTick(() => log('next tick flowing', r.readableFlowing));
  r.push('two');
  setTimeout(() => {
    r.push(null);
  }, 5);
}, 5);
r.on('end', () => log('end'));

const o = new Readable({ read() {} });
let n = 0;
function cycle() {
  o.once('readable', () => {
    const c = o.read();
    log('once readable', c && String(c));
    if (++n < 3) cycle();
  });
}
cycle();
o.push('a');
setTimeout(() => o.push('b'), 20);
setTimeout(() => o.push('c'), 25);

const p = new Readable({ read() {} });
p.on('readable', () => log('p readable', p.readableLength));
p.resume();
log('p flowing after resume with readable listener', p.readableFlowing);
p.push('z');
