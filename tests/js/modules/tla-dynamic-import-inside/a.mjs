await new Promise((r) => setTimeout(r, 10));
console.log('a finished');
export const name = 'a';
