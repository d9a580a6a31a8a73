// Headers (Fetch): construction from a record, a sequence, a Map, a generator and another Headers; append/set/get/has/delete; case-insensitive names; values trimmed of leading/trailing HTTP whitespace
const dump = (label, h) => console.log(label, JSON.stringify([...h]));

dump('empty', new Headers());
dump('undefined init', new Headers(undefined));
dump('record', new Headers({ 'Content-Type': 'text/plain', 'X-Custom': 'one', accept: '*/*' }));
dump('record numbers', new Headers({ 1: 2, b: true, c: null }));
dump('sequence', new Headers([['X-A', '1'], ['x-a', '2'], ['B', '3']]));
dump('map', new Headers(new Map([['k', 'v'], ['K', 'w']])));
dump('set pairs', new Headers([new Set(['name', 'value'])]));
dump('generator', new Headers((function* () { yield ['g1', 'x']; yield ['G2', 'y']; })()));
const source = new Headers([['Set-Cookie', 'a=1'], ['X-Foo', 'a'], ['set-cookie', 'b=2'], ['x-foo', 'b']]);
const copy = new Headers(source);
dump('from Headers', copy);
source.append('x-foo', 'c');
console.log('copy is independent', copy.get('x-foo'), source.get('x-foo'));

const h = new Headers();
h.append('Accept', 'text/html');
h.append('ACCEPT', 'application/json');
console.log('get combined', h.get('accept'), h.get('AcCePt'));
console.log('has', h.has('Accept'), h.has('accept'), h.has('missing'));
console.log('get missing', h.get('missing'));
h.set('accept', 'image/png');
console.log('after set', h.get('Accept'));
h.set('New-One', 'fresh');
console.log('set new', h.get('new-one'));
h.delete('ACCEPT');
console.log('after delete', h.has('accept'), h.get('accept'));
h.delete('never-there');
dump('remaining', h);
console.log('return values', h.append('a', 'b'), h.set('a', 'c'), h.delete('a'));

// Normalization: leading and trailing tab, space, CR and LF go; inner whitespace stays
const w = new Headers();
w.append('a', '  padded\t');
w.append('b', '\r\n\t value with  inner spaces \n');
w.set('c', '\t\t');
w.append('d', 'tab\tinside');
w.append('e', '');
w.append('e', ' ');
console.log(JSON.stringify([w.get('a'), w.get('b'), w.get('c'), w.get('d'), w.get('e')]));
console.log('vertical tab and form feed are kept', JSON.stringify(new Headers({ v: '\vx\f' }).get('v')));
console.log('latin-1 value', new Headers({ l: 'caf\u00e9' }).get('l'));

// Values are converted to strings
const s = new Headers();
s.append('num', 42);
s.set('obj', { toString() { return 'from toString'; } });
s.append('undef', undefined);
console.log(s.get('num'), s.get('obj'), s.get('undef'));

// Cookie values are joined with "; " in Node; other names with ", "
const c = new Headers([['Cookie', 'a=1'], ['cookie', 'b=2'], ['Other', 'x'], ['other', 'y']]);
console.log(c.get('cookie'), '|', c.get('other'), '|', JSON.stringify([...c]));
console.log(Headers.length, typeof Headers, Object.prototype.toString.call(new Headers()), new Headers() instanceof Headers);
