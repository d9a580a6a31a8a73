export const where = 'sub/there.mjs';
