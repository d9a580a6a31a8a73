// nested containers where inner and outer break independently
console.log({
  config: { host: 'localhost', port: 8080, secure: false, timeout: 30000, retries: 3 },
  tags: ['a', 'b'],
});
console.log([
  { id: 1, title: 'The first entry in the list', done: false },
  { id: 2, title: 'Second', done: true },
]);
console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
console.log({ list: [1, 2, 3, 4, 5, 6, 7, 8] });
console.log({ level1: { level2: { a: 'some text', b: 'more text here', c: 'and even more text' } } });
console.log([['aaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbb', 'ccccccccccccccccccc', 'dddddddddddddddd']]);
