// Decompresses fixed byte sequences produced by Node's zlib (gzip, zlib, raw, stored, fixed and Huffman-only blocks, windowBits 9, empty streams, gzip header fields FEXTRA/FNAME/FCOMMENT/FHCRC)
const zlib = require('zlib');
const text = 'Spindle fixture: the quick brown fox jumps over the lazy dog 0123456789\n';
const b64 = (s) => Buffer.from(s, 'base64');
const fixtures = {
  gzip: ['gunzipSync', 'H4sIAAAAAAAAAwsuyMxLyUlVSMusKCktSrVSKMlIVSgszUzOVkgqyi/PU0jLr1DIKs0tKFbIL0stAkvnJFZVKqTkpysYGBoZm5iamVtYcgEASZi+/UgAAAA=', text],
  deflate: ['inflateSync', 'eJwLLsjMS8lJVUjLrCgpLUq1UijJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLQJL5yRWVSqk5KcrGBgaGZuYmplbWHIBAMX6GIE=', text],
  raw: ['inflateRawSync', 'Cy7IzEvJSVVIy6woKS1KtVIoyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy0CS+ckVlUqpOSnKxgYGhmbmJqZW1hyAQA=', text],
  stored: ['inflateSync', 'eAEBSAC3/1NwaW5kbGUgZml4dHVyZTogdGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZyAwMTIzNDU2Nzg5CsX6GIE=', text],
  fixed: ['inflateSync', 'eAELLsjMS8lJVUjLrCgpLUq1UijJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLQJL5yRWVSqk5KcrGBgaGZuYmplbWHIFDzJzAP84SYE=', text.repeat(3)],
  huffman: ['gunzipSync', 'H4sIAAAAAAAEAwXBWwJFIBQF0H+j2EO43o9pGAE6KdJJihj9XWt02gpDkDqF6GlAUIQz6mXH7PmxkJywxcNd4Js8giKY6XsheMUvL8qqbtquz0anrTAEqVOIngYERTijXnbMnh8LyQlbPNwFvskjKIKZvheCV/zyoqzqpu36bHTaCkOQOoXoaUBQhDPqZcfs+bGQnLDFw13gmzyCIpjpeyF4xS8vyqpu2q7P/v2U4qjYAAAA', text.repeat(3)],
  windowBits9: ['inflateSync', 'GJULLsjMS8lJVUjLrCgpLUq1UijJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLQJL5yRWVSqk5KcrGBgaGZuYmplbWHIFj5ozas6oOaPmjJpDVXMA/RzqEA==', text.repeat(20)],
  emptyGzip: ['gunzipSync', 'H4sIAAAAAAAAAwMAAAAAAAAAAAA=', ''],
  emptyDeflate: ['inflateSync', 'eJwDAAAAAAE=', ''],
  headerFields: ['gunzipSync', 'H4sIHnhWNBIAAwQAYWIAAG5hbWUudHh0AGEgY29tbWVudADM7kuvyixQyEhNTEktUkjLTM1JKVYoSS0u4QIAROi63BgAAAA=', 'gzip header fields test\n'],
};
for (const [name, [method, data, expected]] of Object.entries(fixtures)) {
  const out = zlib[method](b64(data));
  const viaUnzip = method === 'inflateRawSync' ? 'n/a' : zlib.unzipSync(b64(data)).toString() === expected;
  console.log(name, out.length, out.toString() === expected, viaUnzip);
}
const binary = zlib.gunzipSync(b64('H4sIAAAAAAAAA2OQt4utmb3r5g8Z66jKGduvfZW0CC+buuXyJzHTkOJJGy+8FzYKLOhfd/aNgL5fbs/qUy95dbyzOlccf8al6ZHetvTIY3Y115TmRQcfsCg7JTbM33eXUcE+rnbO7ls/ZW2iq2buuP5NyjKifNrWK5/FzUJLJm+6+EHEOKhwwvpzbwUN/PN615x+xafrk9218sRzbi3PjPZlR59wqLultiw+9JBVxTmpccH+e0yKDvF1c/fc/iVnG1M9a+eN79JWkRXTt139ImEeVjpl86WPoibBRRM3nH8nZBiQ37f2zGt+Pd+c7lUnX/Boe2V2LD/2lFPDPa11yeFHbKouyU0LD9xnVnJMqJ+39w7DqNdHvT7q9VGvj3p91OujXh/1+qjXR70+6vVRr496fdTro14f9fqo10e9Ti+vAwDFSwxRiBMAAA=='));
let ok = binary.length === 5000;
for (let i = 0; i < binary.length; i++) if (binary[i] !== (i * 31) % 251) ok = false;
console.log('binary pattern', binary.length, ok);
const streamed = zlib.createGunzip();
const parts = [];
streamed.on('data', (c) => parts.push(c));
streamed.on('end', () => {
  console.log('stream of fixture', Buffer.concat(parts).toString() === text);
  zlib.inflateRaw(b64(fixtures.raw[1]), (err, out) => console.log('callback of fixture', err, out.toString() === text));
});
const gz = b64(fixtures.gzip[1]);
for (let i = 0; i < gz.length; i += 5) streamed.write(gz.subarray(i, i + 5));
streamed.end();
