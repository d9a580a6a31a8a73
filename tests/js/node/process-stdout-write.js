// process.stdout.write takes strings (with an encoding) and Uint8Arrays, returns true and calls its callback on a later tick; stdout is not a TTY here
const order = [];
const r1 = process.stdout.write('first line\n', () => order.push('cb1'));
const r2 = process.stdout.write('second ', 'utf8', () => order.push('cb2'));
const r3 = process.stdout.write(new Uint8Array([104, 105, 10]));
const r4 = process.stdout.write('');
order.push('sync');
setTimeout(() => {
  console.log(r1, r2, r3, r4, order.join(','));
  console.log('isTTY', process.stdout.isTTY, 'fd', process.stdout.fd, 'writable', process.stdout.writable);
  console.log(typeof process.stdout.on, typeof process.stdout.end, process.stdout === process.stdout);
  for (const bad of [1, null, undefined, {}]) {
    try { process.stdout.write(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}, 5);
