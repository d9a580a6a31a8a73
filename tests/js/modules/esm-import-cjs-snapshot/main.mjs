// ESM importing CJS: named exports take their values when the CJS module finishes; later changes are visible only on default
import state, { value, increment } from './state.cjs';
console.log('named', value, 'default.value', state.value);
increment();
increment();
console.log('named', value, 'default.value', state.value);
const ns = await import('./state.cjs');
console.log('ns.value', ns.value);
