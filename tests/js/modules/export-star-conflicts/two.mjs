export const clash = 'two';
export const onlyTwo = 2;
export const shadowed = 'from two';
export { shared } from './base.mjs';
