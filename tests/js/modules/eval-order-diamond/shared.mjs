export const counter = { evaluations: 0 };
counter.evaluations++;
console.log('shared evaluated');
