export const PI = 3;
export function add(a, b) { return a + b; }
export default 'math-default';
