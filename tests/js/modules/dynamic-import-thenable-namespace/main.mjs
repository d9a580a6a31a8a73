// dynamic import(): a module exporting `then` makes its namespace a thenable, so awaiting import() calls that `then`
import * as staticNs from './thenable.mjs';
console.log('static namespace has then:', typeof staticNs.then);
const result = await import('./thenable.mjs');
console.log('await import() gave:', result);
const viaThen = await import('./thenable.mjs').then((x) => typeof x);
console.log('then() callback received:', viaThen);
const plain = await import('./plain.mjs');
console.log('plain module namespace:', plain[Symbol.toStringTag], plain.value);
