// package resolution: "main" field (with and without extension), index.js fallback, scoped packages; CJS packages imported from ESM
import withMain from 'with-main';
import noExtMain from 'main-no-ext';
import indexFallback from 'no-main';
import scoped, { scopedName } from '@scope/tool';
import deep from 'with-main/lib/other.js';
console.log(withMain, noExtMain, indexFallback, scoped.kind, scopedName, deep);
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log('require gives the same module.exports:', require('@scope/tool') === scoped, require('with-main'));
console.log('require resolves dir main:', require('main-dir').from);
