// Error subclasses, renamed errors and causes inside containers, with fixed stacks
class MyError extends Error {}
const a = new MyError('mine');
a.stack = 'MyError: mine';
console.log({ a });
const b = new Error('renamed');
b.name = 'Renamed';
b.stack = 'Renamed: renamed';
console.log([b]);
const c = new Error('with cause', { cause: 'plain cause' });
c.stack = 'Error: with cause';
console.log({ c });
const d = new TypeError('in map');
d.stack = 'TypeError: in map';
console.log(new Map([['err', d]]), new Set([d]));
