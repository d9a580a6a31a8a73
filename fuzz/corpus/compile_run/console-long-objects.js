// objects whose single-line form would exceed the line width are broken across lines
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 });
console.log({ first: 'aaaaaaaaaa', second: 'bbbbbbbbbb', third: 'cccccccccc', fourth: 'd' });
console.log({ first: 'aaaaaaaaaa', second: 'bbbbbbbbbb', third: 'cccccccccc', fourth: 'dddddddddddd' });
console.log({ nested: { alpha: 'one', beta: 'two', gamma: 'three' }, other: { delta: 'four', epsilon: 'five' } });
console.log({ key: 'a string that is quite long and will push the total width past the limit' });
console.log({ arr: [1, 2, 3], obj: { x: 1 }, str: 'text', num: 42, bool: true, nul: null, und: undefined });
console.log([{ name: 'first item', value: 1 }, { name: 'second item', value: 2 }, { name: 'third', value: 3 }]);
