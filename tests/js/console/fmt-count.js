// console.count and countReset
console.count();
console.count();
console.count('label');
console.count('label');
console.count('other');
console.countReset('label');
console.count('label');
console.countReset();
console.count();
console.count('default');
