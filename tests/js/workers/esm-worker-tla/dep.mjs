// dependency of the ESM worker
export const square = (x) => x * x;
export const label = 'from dep.mjs';
