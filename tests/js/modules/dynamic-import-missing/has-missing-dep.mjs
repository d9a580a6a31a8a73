import './gone.mjs';
console.log('never printed');
