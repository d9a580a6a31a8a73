// multi-line strings inside objects are split with +
console.log({ s: 'line one\nline two\nline three' });
console.log({ s: 'short\nx' });
console.log(['first\nsecond']);
console.log({ text: 'This is a long line that goes on\nand a second long line that also goes on and on' });
console.log({ trailing: 'ends with newline\n' });
console.log([{ nested: 'a\nb\nc\nd\ne\nf\ng\nh\ni' }]);
