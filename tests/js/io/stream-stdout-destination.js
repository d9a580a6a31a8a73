// process.stdout as a stream destination: Readable.pipe, pipeline (which ends its last
// stream: stdout is made new again, as Node's dummyDestroy does, and stays writable), a
// gunzip piped into it, and a write callback. (The expected output is Node 20 writing to a file, as the corpus is made; to a pipe, Node 20 shuts the pipe when pipeline ends stdout.)
const { Readable, pipeline, Transform } = require('stream');
const zlib = require('zlib');
Readable.from(['a\n', 'b\n']).pipe(process.stdout);
setTimeout(() => {
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  pipeline(Readable.from(['x', 'y\n']), upper, process.stdout, (err) => {
    console.log('pipeline done', err, 'stdout ended:', process.stdout.writableEnded);
  });
}, 20);
setTimeout(() => {
  const gz = zlib.gzipSync('hello zlib\n');
  Readable.from([gz]).pipe(zlib.createGunzip()).pipe(process.stdout);
  process.stdout.write('write cb\n', () => console.log('cb called'));
  const { Writable } = require('stream');
  console.log(process.stdout.writable, process.stdout instanceof Writable);
}, 40);
