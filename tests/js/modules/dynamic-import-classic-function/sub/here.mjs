export const where = 'sub/here.mjs';
