const value = await Promise.resolve('top-level await');
export const kind = 'tla-syntax.js uses ' + value;
