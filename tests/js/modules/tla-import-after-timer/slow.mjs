console.log('slow.mjs evaluating');
await new Promise((r) => setTimeout(r, 2));
console.log('slow.mjs resumed');
export const name = 'slow';
