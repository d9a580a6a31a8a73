// JSON modules: static `import ... with { type: 'json' }` gives the parsed value as default export; it is shared and mutable
import config from './config.json' with { type: 'json' };
import again from './config.json' with { type: 'json' };
import list from './data/list.json' with { type: 'json' };
import scalar from './scalar.json' with { type: 'json' };
import { readBack } from './reader.mjs';
console.log(config.name, config.version, JSON.stringify(config.nested));
console.log('same object:', config === again, Array.isArray(list), list.length, scalar);
config.added = true;
console.log('mutation visible to other importers:', readBack());
const ns = await import('./config.json', { with: { type: 'json' } });
console.log(Object.keys(ns).join(','), ns.default === config);
