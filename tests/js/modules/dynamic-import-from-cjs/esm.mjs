let n = 0;
n++;
export function greet(who) { return `hello ${who}`; }
export function count() { return n; }
export default 'esm-default';
