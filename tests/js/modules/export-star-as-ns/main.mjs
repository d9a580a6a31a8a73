// `export * as ns from` creates a binding to the namespace object; `import * as` of the re-exporter sees it as a property
import { math, strings } from './index.mjs';
import * as direct from './math.mjs';
import * as index from './index.mjs';
console.log(math === direct, math.add(2, 3), strings.upper('x'));
console.log(Object.keys(index).join(','));
console.log(index.math[Symbol.toStringTag], index.math.PI);
console.log('export * does not forward default:', 'default' in index, 'math default:', math.default);
