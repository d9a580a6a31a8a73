// packages: named imports from a CommonJS package (main field) use static detection; deep requires and package.json without "exports"
import { parse, stringify, version } from 'cjs-lib';
import lib from 'cjs-lib';
import pkgJson from 'cjs-lib/package.json' with { type: 'json' };
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(parse('a,b'), stringify(['x', 'y']), version);
console.log('default is the exports object:', lib.parse === parse);
console.log('package.json:', pkgJson.name, pkgJson.version, require('cjs-lib/package.json').version);
console.log('deep require:', require('cjs-lib/lib/util').util, require('cjs-lib/lib/util.js') === require('cjs-lib/lib/util'));
const deepImport = await import('cjs-lib/lib/util.js');
console.log('deep import:', deepImport.util, deepImport.default === require('cjs-lib/lib/util'));
