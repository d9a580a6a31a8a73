// push, pop, shift, unshift: return values and mutation
const a = [1, 2];
console.log(a.push(3), a.push(4, 5), a);
console.log(a.pop(), a);
console.log(a.shift(), a);
console.log(a.unshift(0), a.unshift(-2, -1), a);
console.log([].pop(), [].shift(), [].push(), [].unshift());

// push with no arguments returns length
const b = [1, 2, 3];
console.log(b.push(), b.unshift());

// holes shift down with shift
const holes = [1, , 3];
holes.shift();
console.log(holes, 0 in holes);

// generic: works on array-likes
const arrayLike = { length: 0 };
Array.prototype.push.call(arrayLike, 'x', 'y');
console.log(arrayLike);
console.log(Array.prototype.pop.call(arrayLike), arrayLike);
const noLength = {};
Array.prototype.push.call(noLength, 'first');
console.log(noLength);

// queue and stack usage
const queue = [];
queue.push('a'); queue.push('b'); queue.push('c');
console.log(queue.shift(), queue.shift(), queue);
const stack = [];
stack.push(1); stack.push(2);
console.log(stack.pop(), stack.pop(), stack.pop());
