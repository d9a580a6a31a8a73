// join and toString over holes: long hole runs, holes that the prototype chain fills, getters and proxies up the chain, separators, and the length limit
console.log(new Array(2 ** 20).join('x').length, Array(1e6).toString().length, Array(5).join(), Array(3).join(''));
const a = [1, 2, 3];
a.length = 10;
console.log(a.join('-'), String(a));
Array.prototype[7] = 'proto';
console.log(a.join('-'), Array(9).join('.'));
delete Array.prototype[7];
Object.defineProperty(Array.prototype, 8, { get() { return 'getter'; }, configurable: true });
console.log(Array(10).join('|'));
delete Array.prototype[8];
const viaObjectProto = [, , 'x'];
viaObjectProto.length = 6;
Object.prototype[4] = 'op';
console.log(viaObjectProto.join('/'));
delete Object.prototype[4];
const p = Object.setPrototypeOf([], new Proxy([], { get(t, k, r) { return k === '3' ? 'trap' : Reflect.get(t, k, r); } }));
p.length = 5;
console.log(p.join(','));
const own = [];
own[100] = 'end';
own.length = 200;
console.log(own.join('').length, own.join(',').length, own.indexOf('end'));
try {
  new Array(2 ** 30).join('ab');
} catch (e) {
  console.log(e.name, e.message);
}
console.log([null, undefined, , 0, '', false].join('*'));
