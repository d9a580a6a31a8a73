globalThis.runs = (globalThis.runs ?? 0) + 1;
console.log('throws.mjs running');
export const before = 1;
throw new TypeError('evaluation failed');
