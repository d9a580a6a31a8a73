// console.group labels with formatting and objects, nested indentation of multiline output
console.group('Label %s %d', 'x', 1);
console.log({ first: 'aaaaaaaaaaaaaaaaaaaa', second: 'bbbbbbbbbbbbbbbbbbbbbbb', third: 'ccccccc' });
console.group({ objLabel: true }, 'and text');
console.table([{ a: 1 }]);
console.dir({ deep: { deeper: { deepest: {} } } });
console.groupEnd();
console.groupEnd();
console.log('end');
