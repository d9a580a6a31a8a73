// package.json "type": "module" makes .js files ES modules (entry included); .cjs stays CommonJS; packages have their own type
import { fromJs } from './lib/helper.js';
import cjs from './legacy.cjs';
import esmPkg from 'esm-pkg';
import cjsPkg from 'cjs-pkg';
console.log('entry is ESM:', typeof require, typeof module, typeof import.meta.url);
console.log(fromJs, cjs.kind);
console.log(esmPkg, cjsPkg.kind);
console.log('this at top level:', this);
const { kind } = await import('./lib/sub-cjs/file.js');
console.log('nested "type": "commonjs" package.json:', kind);
