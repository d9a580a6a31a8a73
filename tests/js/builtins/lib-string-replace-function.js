// replace/replaceAll with function replacers: argument lists, named groups object, and return coercion
const log = [];
'a1b22c'.replace(/([a-z])(\d+)/g, (...args) => { log.push(JSON.stringify(args)); return ''; });
console.log(log.join('\n'));
log.length = 0;
'x-y'.replace('-', (...args) => { log.push(JSON.stringify(args)); return '+'; });
console.log(log.join(' '));
const r = '2024-05'.replace(/(?<y>\d+)-(?<m>\d+)/, (...args) => {
  const groups = args[args.length - 1];
  return typeof groups + ':' + Object.keys(groups).join(',') + ':' + groups.m + '/' + groups.y;
});
console.log(r);
console.log('abc'.replace(/b/, () => 42), 'abc'.replace(/b/, () => undefined), 'abc'.replace(/b/, () => null));
console.log('abc'.replace(/b/, () => '$&$1'), 'aaa'.replace(/a/g, (m, off) => off), 'ab'.replace(/(x)?b/, (m, g1) => String(g1)));
console.log('aXbXc'.replaceAll('X', (m, off, str) => off + str.length), 'abc'.replaceAll('', (m, off) => '<' + off + '>'));
let count = 0;
console.log('a.b.c'.replaceAll('.', () => ++count), count);
