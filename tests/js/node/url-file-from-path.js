// url.pathToFileURL (POSIX): percent-encoding of %, \, newline, tab, CR, space, ", #, ?, [, ], ^, |, ~; normalisation; trailing slash; relative paths; errors
const url = require('url');
const paths = [
  '/home/user/file.txt', '/a b/c', '/100%/x', '/back\\slash', '/new\nline', '/tab\there', '/cr\rx', '/q"uote',
  '/hash#x', '/question?x', '/[brackets]', '/caret^/pipe|/tilde~', '/€uro/ü/😀', "/!$&'()*+,;=:@", '/a/./b/../c',
  '//double//slashes//', '/', '/..', '/trailing/', '/trailing/.', '/a%2Fb', '/`{}<>',
];
for (const p of paths) {
  const u = url.pathToFileURL(p);
  console.log('in', JSON.stringify(p), '->', u.href, u instanceof URL, JSON.stringify(url.fileURLToPath(u)));
}
const cwd = process.cwd();
console.log('relative resolves against cwd', url.pathToFileURL('rel/x').href === url.pathToFileURL(cwd + '/rel/x').href);
console.log('relative trailing slash', url.pathToFileURL('rel/').href === url.pathToFileURL(cwd + '/rel').href + '/');
console.log('empty string is cwd', url.pathToFileURL('').href === url.pathToFileURL(cwd).href);
console.log('dot is cwd', url.pathToFileURL('.').href === url.pathToFileURL(cwd).href);
console.log('windows false', url.pathToFileURL('/x\\y', { windows: false }).href);
for (const bad of [5, null, undefined, {}, new URL('file:///x')]) {
  try {
    url.pathToFileURL(bad);
    console.log('no error');
  } catch (e) {
    console.log('bad', e.name, e.code, e.message);
  }
}
