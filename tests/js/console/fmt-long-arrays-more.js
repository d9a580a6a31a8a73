// arrays longer than 100 items show "... n more items"
console.log(Array.from({ length: 102 }, () => 'x'));
console.log(Array.from({ length: 150 }, (_, i) => i % 7));
console.log({ nested: Array.from({ length: 105 }, (_, i) => i) });
const holey = new Array(200);
holey[150] = 1;
console.log(holey);
