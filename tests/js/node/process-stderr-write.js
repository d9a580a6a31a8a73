// process.stderr.write mirrors stdout: returns true, calls its callback; console.error and console.warn write to stderr too (this test writes only to stderr)
const w = (s) => process.stderr.write(s + '\n');
const r = process.stderr.write('direct write\n', () => w('callback called'));
w('returned ' + r);
console.error('console.error line', 1);
console.warn('console.warn line', { a: 1 });
w('isTTY ' + process.stderr.isTTY + ' fd ' + process.stderr.fd);
process.stderr.write(new Uint8Array([98, 121, 116, 101, 115, 10]));
