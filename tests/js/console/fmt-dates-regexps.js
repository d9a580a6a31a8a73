// Date and RegExp objects inside containers
console.log({ d: new Date(0) });
console.log([new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 123))]);
console.log({ invalid: new Date(NaN) });
console.log({ re: /ab+c/gi, list: [/x/, /[a-z]\d*/y] });
console.log(new Map([[/k/, new Date(86400000)]]));
const re = /with-prop/;
re.extra = 1;
console.log(re);
const d = new Date(1e12);
d.label = 'labelled';
console.log(d);
console.log([new RegExp('a/b'), new RegExp('')]);
