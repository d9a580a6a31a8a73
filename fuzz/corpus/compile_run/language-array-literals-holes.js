// array literals with holes, trailing commas and how holes behave
const a = [1, , 3];
console.log(a.length, 1 in a, a[1]);

const trailing = [1, 2, ];
console.log(trailing.length);

const onlyHoles = [, , ,];
console.log(onlyHoles.length, Object.keys(onlyHoles).length);

// holes are skipped by forEach/map/filter/some but not by for-of / join
const visited = [];
a.forEach((v, i) => visited.push(i));
console.log(visited.join(','));
console.log(a.map(v => v * 2).length, 1 in a.map(v => v * 2));
const forOf = [];
for (const v of a) forOf.push(v);
console.log(forOf.join('|'), a.join('-'));

// holes vs explicit undefined
const explicit = [1, undefined, 3];
console.log(1 in explicit, explicit.indexOf(undefined), a.indexOf(undefined), a.includes(undefined));

// spread turns holes into undefined
const filled = [...a];
console.log(1 in filled, filled[1]);

// Array(n) creates holes
const sized = new Array(3);
console.log(sized.length, 0 in sized, Array(3).join('x'));
console.log(Array(2, 3).length, Array('3').length);

// Array.from fills holes
console.log(Array.from({ length: 3 }).join(','), Array.from({ length: 2 })[0]);

// assigning past the end creates holes
const grow = [];
grow[3] = 'd';
console.log(grow.length, Object.keys(grow).join(','));
