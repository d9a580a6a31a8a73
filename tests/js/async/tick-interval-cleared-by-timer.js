// an interval cleared by a timeout due at the same time runs once; a later clear leaves two runs
let a = 0;
const ivA = setInterval(() => console.log('A run', ++a), 10);
setTimeout(() => { clearInterval(ivA); console.log('cleared A after', a); }, 10);
let b = 0;
const ivB = setInterval(() => console.log('B run', ++b), 60);
setTimeout(() => { clearInterval(ivB); console.log('cleared B after', b); }, 150);
console.log('sync');
