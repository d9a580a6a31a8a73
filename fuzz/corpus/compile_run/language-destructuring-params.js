// destructuring in function parameters
function point({ x, y }) { return x + ',' + y; }
console.log(point({ x: 1, y: 2 }));

function first([head, ...tail]) { return head + ' then ' + tail.length; }
console.log(first([1, 2, 3]));

// defaults for the whole parameter and for properties
function opts({ a = 1, b = 2 } = {}) { return a + b; }
console.log(opts(), opts({ a: 10 }), opts({ a: 10, b: 20 }));

// nested patterns in params
function nested({ user: { name, tags: [firstTag = 'none'] } }) { return name + ':' + firstTag; }
console.log(nested({ user: { name: 'ann', tags: ['admin'] } }), nested({ user: { name: 'bob', tags: [] } }));

// arrows with destructured params
const pairSum = ([a, b]) => a + b;
const pick = ({ k }) => k;
console.log(pairSum([3, 4]), pick({ k: 'picked' }));

// map with entries destructuring
const out = [['a', 1], ['b', 2]].map(([k, v]) => k + '=' + v);
console.log(out.join('&'));

// missing argument throws when no default
try { point(); } catch (e) { console.log('missing object arg', e.name); }

// params pattern sees earlier params
function earlier(a, { b = a * 2 } = {}) { return b; }
console.log(earlier(5), earlier(5, { b: 1 }));

// length of functions with patterns
console.log(point.length, opts.length, earlier.length);

// destructured params with rest property
function without({ secret, ...publicPart }) { return Object.keys(publicPart).join(','); }
console.log(without({ secret: 1, a: 2, b: 3 }));
