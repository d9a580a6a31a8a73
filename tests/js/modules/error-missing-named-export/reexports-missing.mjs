globalThis.evaluated.push('reexports-missing');
export { nothingHere } from './provider.mjs';
