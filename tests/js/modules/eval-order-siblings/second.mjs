import './second-child.mjs';
console.log('second');
export const second = 2;
