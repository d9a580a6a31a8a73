export * from './c.mjs';
export const own = 'C';
