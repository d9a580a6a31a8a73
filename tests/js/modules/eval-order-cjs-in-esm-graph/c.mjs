import './b.cjs';
console.log('c.mjs');
