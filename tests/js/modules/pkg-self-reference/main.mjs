// package resolution: a package can import itself by its own "name" through its "exports" (ESM and CJS), same instance as relative import
import lib from 'my-self-ref-lib';
import { helper } from 'my-self-ref-lib/util';
import { helper as relativeHelper } from './lib/util.mjs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(lib, helper());
console.log('same instance as the relative path:', helper === relativeHelper);
console.log('require of self:', require('my-self-ref-lib'));
console.log('from inside lib:', (await import('./lib/inner.mjs')).viaSelf);
try {
  await import('my-self-ref-lib/lib/util.mjs');
} catch (e) {
  console.log('unexported subpath of self:', e.code);
}
