import { token } from './shared.mjs';
console.log('left runs with', token);
export const left = 'L' + token;
