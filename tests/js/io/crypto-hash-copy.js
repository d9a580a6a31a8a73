// update() chaining and chunking, and hash.copy(): independent states, copies of copies, copy after digest (ERR_CRYPTO_HASH_FINALIZED)
const crypto = require('crypto');
const h = crypto.createHash('sha256');
console.log('update returns this', h.update('a') === h);
const copy1 = h.copy();
h.update('b');
const copy2 = h.copy();
h.update('c');
copy1.update('bc');
console.log('original', h.digest('hex'));
console.log('copy1', copy1.digest('hex'));
console.log('copy2 then c', copy2.update('c').digest('hex'));
console.log('copy is a Hash', copy2 instanceof crypto.Hash);
const base = crypto.createHash('md5').update('prefix-');
const results = ['x', 'y', 'z'].map((s) => base.copy().update(s).digest('hex'));
console.log('forks', results);
console.log('base still usable', base.update('x').digest('hex') === results[0]);
const chain = crypto.createHash('sha1').update('1');
const c2 = chain.copy().update('2');
const c3 = c2.copy().update('3');
console.log('chain', chain.digest('hex'), c2.digest('hex'), c3.digest('hex'));
try {
  chain.copy();
} catch (e) {
  console.log('copy after digest', e.name, e.code, e.message);
}
console.log('copy outputLength same size', crypto.createHash('sha256').copy({ outputLength: 32 }).digest('hex'));
const pieces = crypto.createHash('sha384');
for (const part of ['The ', 'quick ', 'brown ', 'fox']) pieces.update(part);
console.log('pieces', pieces.digest('hex') === crypto.createHash('sha384').update('The quick brown fox').digest('hex'));
