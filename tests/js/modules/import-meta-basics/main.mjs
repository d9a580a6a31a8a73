// import.meta: url/filename/dirname per module, resolve() of relative specifiers, a fresh object per module, null prototype
import { meta as childMeta, info } from './sub/child.mjs';
const dir = import.meta.dirname;
const clean = (s) => s.replaceAll(dir, '<dir>');
console.log(typeof import.meta, Object.getPrototypeOf(import.meta) === null);
console.log(Object.keys(import.meta).sort().join(','));
console.log('url ends with /main.mjs:', import.meta.url.endsWith('/main.mjs'), import.meta.url.startsWith('file:///'));
console.log('filename:', clean(import.meta.filename), 'dirname:', clean(import.meta.dirname));
console.log('url matches filename:', import.meta.url === 'file://' + import.meta.filename);
console.log('resolve ./x.mjs:', import.meta.resolve('./x.mjs').replace('file://' + dir, '<url>'));
console.log('resolve ../up.mjs:', import.meta.resolve('./sub/../up.mjs').replace('file://' + dir, '<url>'));
console.log('resolve child:', import.meta.resolve('./sub/child.mjs') === childMeta.url);
console.log('child:', clean(info));
console.log('different objects:', childMeta !== import.meta);
import.meta.custom = 'writable';
console.log('import.meta is extensible:', import.meta.custom, Object.isExtensible(import.meta));
console.log('same object each time:', (() => import.meta)() === import.meta);
