// Reading files whose size stat reports as 0 (procfs) or that are devices: readFile reads until EOF in all three forms
const fs = require('fs');
const fsp = require('fs/promises');

const proc = '/proc/self/status';
const sync = fs.readFileSync(proc, 'utf8');
console.log('stat size of procfs file', fs.statSync(proc).size);
console.log('sync has content', sync.length > 0, sync.startsWith('Name:'));
console.log('sync buffer has content', fs.readFileSync(proc).length > 0);
console.log('dev/null', JSON.stringify(fs.readFileSync('/dev/null', 'utf8')), fs.readFileSync('/dev/null').length);
const zero = fs.openSync('/dev/zero', 'r');
const buf = Buffer.alloc(4, 1);
console.log('dev/zero read', fs.readSync(zero, buf, 0, 4, null), buf.toString('hex'));
fs.closeSync(zero);
fs.writeFileSync('/dev/null', 'discarded');
console.log('write to dev/null ok');

fs.readFile(proc, 'utf8', (err, text) => {
  console.log('callback has content', err, text.startsWith('Name:'));
  fs.readFile('/dev/null', (err, data) => {
    console.log('callback dev/null', err, data.length);
    (async () => {
      console.log('promise has content', (await fsp.readFile(proc, 'utf8')).startsWith('Name:'));
      console.log('promise dev/null', (await fsp.readFile('/dev/null')).length);
      const fh = await fsp.open(proc);
      console.log('filehandle has content', (await fh.readFile('utf8')).startsWith('Name:'));
      await fh.close();
    })();
  });
});
