// %o shows hidden properties such as array length; %j handles circular values
console.log('%o', [1, 2]);
console.log('%o', { a: [1] });
console.log('%o', 'str');
console.log('%o', 42);
const circ = { name: 'c' };
circ.self = circ;
console.log('%j', circ);
console.log('%j', 'str', 'more');
console.log('%j', undefined);
