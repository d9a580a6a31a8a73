export const clash = 'one';
export const onlyOne = 1;
export const shadowed = 'from one';
export { shared } from './base.mjs';
