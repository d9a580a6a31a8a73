// console.count with non-string labels and countReset of an unused label
console.count(1);
console.count('1');
console.count(null);
console.count(undefined);
console.count({});
console.count('');
console.count(true);
console.count('true');
