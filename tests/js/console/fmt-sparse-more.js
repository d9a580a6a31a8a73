// sparse arrays with multiple holes and holes inside containers
console.log([1, , , 4, , 6]);
console.log({ holes: [, , ] });
const a = [];
a[2] = 'x';
a[7] = 'y';
console.log(a);
console.log(new Array(5).concat([1]));
const big = [];
big[50] = 'end';
console.log(big);
console.log([[, 1], [2, ,]]);
