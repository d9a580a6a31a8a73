// arrays of long strings are not grouped into columns
console.log(['this is a fairly long string element', 'and another fairly long string element', 'x']);
console.log(Array.from({ length: 8 }, (_, i) => 'element number ' + i + ' of a long list'));
console.log(['short', 'a much longer string that goes on and on and on and on and on and on and on']);
console.log({ text: 'x'.repeat(100) });
console.log(['y'.repeat(80)]);
