globalThis.evaluations = (globalThis.evaluations ?? 0) + 1;
export const id = Symbol('instance ' + globalThis.evaluations);
export const url = import.meta.url;
