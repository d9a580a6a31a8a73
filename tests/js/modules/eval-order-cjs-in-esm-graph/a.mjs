import './a-dep.cjs';
console.log('a.mjs');
