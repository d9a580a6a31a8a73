// package resolution: "imports" field: #config to a local file, #dep to a bare package, #internal/* patterns, conditions, errors
import config from '#config';
import dep, { depName } from '#dep';
import extra from '#dep-sub';
import helper from '#internal/helper';
import cond from '#cond';
import { fromNested } from './src/nested/uses-imports.mjs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const clean = (s) => s.replaceAll(import.meta.dirname, '<dir>');
console.log(config, dep, depName, extra, helper);
console.log('import condition:', cond, '| require condition:', require('#cond'));
console.log('from a nested directory:', fromNested);
for (const spec of ['#missing', '#internal/absent', '#']) {
  try {
    await import(spec);
  } catch (e) {
    console.log(spec, e.code, clean(e.message));
  }
}
