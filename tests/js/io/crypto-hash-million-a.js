// The one-million-'a' vector for every digest, fed at once, in 1000-byte updates, and in uneven updates
const crypto = require('crypto');
const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256'];
const million = 'a'.repeat(1000000);
const chunk = Buffer.alloc(1000, 'a');
for (const algorithm of algorithms) {
  const once = crypto.createHash(algorithm).update(million).digest('hex');
  const chunked = crypto.createHash(algorithm);
  for (let i = 0; i < 1000; i++) chunked.update(chunk);
  const uneven = crypto.createHash(algorithm);
  let done = 0;
  for (let size = 1; done < 1000000; size = (size * 7 + 3) % 9973 + 1) {
    const n = Math.min(size, 1000000 - done);
    uneven.update(million.slice(done, done + n));
    done += n;
  }
  const a = chunked.digest('hex');
  const b = uneven.digest('hex');
  console.log(algorithm, once, a === once, b === once);
}
