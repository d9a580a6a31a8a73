let counter = 0;
export { counter as default };
export function bump() { counter += 100; }
export function getDefault() { return counter; }
