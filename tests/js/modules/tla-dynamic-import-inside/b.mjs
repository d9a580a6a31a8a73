await null;
console.log('b finished');
export const name = 'b';
