console.log('lazy.mjs evaluating'); export const name = 'lazy';
