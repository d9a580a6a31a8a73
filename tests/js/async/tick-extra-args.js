// extra arguments of setTimeout and setInterval are passed to the callback
setTimeout((...args) => console.log('no extra args', args.length), 5);
setTimeout((a, b, c) => console.log('timeout args', a, b, c), 10, 'a', 2, [3]);
setTimeout(function () { console.log('arguments length', arguments.length, arguments[3]); }, 15, 1, 2, 3, 'four');
let n = 0;
const obj = { k: 1 };
const iv = setInterval((x, o) => {
  n++;
  console.log('interval args', x, o === obj, n);
  if (n === 2) clearInterval(iv);
}, 20, 'x', obj);
console.log('sync');
