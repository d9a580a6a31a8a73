globalThis.evaluated.push('provider');
export const present = 1;
export function presentFn() {}
