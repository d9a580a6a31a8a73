console.log('lazy-tla.mjs evaluating');
await new Promise((r) => setTimeout(r, 2));
export const name = 'lazy-tla';
