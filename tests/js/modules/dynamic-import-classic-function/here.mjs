export const where = 'top-level here.mjs';
