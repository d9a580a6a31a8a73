// FormData (XHR): append/set/get/getAll/has/delete with strings and Blobs/Files; a Blob becomes a File named "blob" (or the given file name) keeping its type; a File given a file name becomes a new File; names and values converted to strings, lone surrogates replaced
const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : v === null ? 'null' : `${v.constructor.name}(name=${JSON.stringify(v.name)} type=${JSON.stringify(v.type)} size=${v.size} File=${v instanceof File} Blob=${v instanceof Blob})`);
const dump = (label, fd) => console.log(label, [...fd].map(([k, v]) => `${k}=${show(v)}`).join(' | '));

(async () => {
  const fd = new FormData();
  dump('empty', fd);
  console.log('get missing', fd.get('a'), 'getAll missing', fd.getAll('a'), 'has missing', fd.has('a'));
  fd.append('a', '1');
  fd.append('b', '2');
  fd.append('a', '3');
  dump('appended', fd);
  console.log('get first', show(fd.get('a')), 'getAll', fd.getAll('a'), 'has', fd.has('a'), fd.has('A'));
  console.log('getAll is a new array', fd.getAll('a') !== fd.getAll('a'));
  console.log('append returns', fd.append('c', 'x'), 'set returns', fd.set('c', 'y'), 'delete returns', fd.delete('zzz'));

  // set replaces the first entry of the name, in place, and removes the rest
  fd.append('b', '4');
  fd.append('a', '5');
  dump('before set', fd);
  fd.set('a', 'new');
  dump('after set a', fd);
  fd.set('d', 'appended at end');
  dump('set new name', fd);
  fd.delete('b');
  dump('after delete b', fd);
  fd.delete('a');
  fd.delete('c');
  fd.delete('d');
  dump('all deleted', fd);

  // Conversions of names and values
  const conv = new FormData();
  conv.append(1, 2);
  conv.append(null, undefined);
  conv.append({ toString: () => 'obj' }, { toString: () => 'val' });
  conv.append('bool', false);
  conv.append('surrogates \ud800', 'x\udc00y');
  conv.append('', '');
  dump('converted', conv);
  console.log('get by number', conv.get(1), 'has null', conv.has(null), 'empty name', JSON.stringify(conv.get('')));
  console.log('lone surrogate name matches', conv.has('surrogates \ufffd'), conv.get('surrogates \ud800') === 'x\ufffdy');

  // Blobs and Files
  const blob = new Blob(['blob body'], { type: 'text/plain' });
  const untyped = new Blob([new Uint8Array([1, 2, 3])]);
  const file = new File(['file body!'], 'orig.txt', { type: 'text/markdown', lastModified: 42 });
  const files = new FormData();
  files.append('blob', blob);
  files.append('named blob', blob, 'given.bin');
  files.append('untyped', untyped);
  files.append('file', file);
  files.append('renamed file', file, 'renamed.md');
  files.append('filename converted', blob, 7);
  files.set('set blob', untyped, 'set.dat');
  dump('files', files);
  const b = files.get('blob');
  console.log('blob is a new File', b instanceof File, b !== blob, await b.text());
  console.log('file kept as is', files.get('file') === file, files.get('file').lastModified);
  const renamed = files.get('renamed file');
  console.log('renamed is a new File', renamed !== file, renamed.name, renamed.lastModified, await renamed.text());
  console.log('untyped bytes', new Uint8Array(await files.get('untyped').arrayBuffer()));
  console.log('get returns the same object each time', files.get('blob') === files.get('blob'));
  // A Blob-like object is not a Blob: it becomes a string
  files.set('not a blob', { size: 1, type: 'x', toString: () => 'blob-like' });
  console.log('blob-like', show(files.get('not a blob')));
  files.set('blob', 'now a string');
  console.log('set string over blob', show(files.get('blob')), files.getAll('blob').length);
})();
