// nextTick callbacks get their extra arguments (any number) and an undefined this in strict code
'use strict';
process.nextTick(function () { console.log('no args', arguments.length, this); });
process.nextTick(function (a) { console.log('one arg', a, arguments.length); }, 'a');
process.nextTick(function (...xs) { console.log('six args', xs.join(' '), this === undefined); }, 1, 2, 3, 4, 5, 6);
process.nextTick((u, n) => console.log('undefined/null args', u, n), undefined, null);
const { nextTick } = process;
nextTick(() => console.log('detached nextTick works'));
console.log('sync');
