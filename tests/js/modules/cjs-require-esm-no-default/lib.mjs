export let VERSION = '1.0';
export function setVersion(v) { VERSION = v; }
export const sum = (a, b) => a + b;
