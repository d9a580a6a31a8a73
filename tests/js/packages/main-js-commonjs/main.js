// a main.js entry is CommonJS (nearest package.json has no "type"): co drives a generator that pulls from it-pushable loaded with import()
const co = require('co');

console.log('CommonJS scope:', typeof require, typeof module, typeof __filename, __filename.endsWith('main.js'));

import('it-pushable').then(({ pushable }) => co(function* () {
  const words = pushable({ objectMode: true });
  ['red', 'green', 'blue'].forEach((word, i) => setTimeout(() => words.push(word), 10 + i * 20));
  setTimeout(() => words.end(), 80);

  const seen = [];
  while (true) {
    const { done, value } = yield words.next();
    if (done) break;
    console.log('pulled', value);
    seen.push(value.toUpperCase());
  }
  return seen;
})).then(result => console.log('co result:', result));
