export const zeta = 26;
export let alpha = 1;
export function Beta() {}
export default 'dflt';
export const _under = '_';
export const $dollar = '$';
export const Alpha = 'upper';
export const éclair = 'e-acute';
export const a10 = 10, a9 = 9, a1 = 1;
