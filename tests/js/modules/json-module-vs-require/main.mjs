// JSON: in Node the JSON module (import with type json) and require() of the same file share one object through require.cache
import imported from './settings.json' with { type: 'json' };
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const required = require('./settings.json');
console.log('equal content:', JSON.stringify(imported) === JSON.stringify(required));
console.log('same object:', imported === required);
required.theme = 'changed-by-require';
console.log('import side sees the change:', imported.theme);
console.log('require cache returns the mutated object:', require('./settings.json').theme);
const viaCjs = require('./reader.cjs');
console.log('CJS module sees the required object:', viaCjs.theme);
