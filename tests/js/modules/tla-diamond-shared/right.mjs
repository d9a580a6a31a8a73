import { token } from './shared.mjs';
console.log('right runs with', token);
await null;
console.log('right after await');
export const right = 'R' + token;
