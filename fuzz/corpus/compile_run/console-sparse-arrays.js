// holes in arrays are shown as empty items
console.log([, , 1]);
console.log([1, , 3]);
console.log([1, , , , 5]);
console.log(new Array(3));
console.log(new Array(1));
const a = [1, 2, 3];
delete a[1];
console.log(a);
const b = [];
b[4] = 'last';
console.log(b);
console.log([, 'a', , 'b', ,]);
const c = [1];
c.length = 3;
console.log(c);
