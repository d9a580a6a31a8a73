console.log('sync.mjs evaluating'); export const name = 'sync';
