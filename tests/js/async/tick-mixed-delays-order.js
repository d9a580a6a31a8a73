// many timers with delays 0, 1 and 30 created interleaved: the 0/1 ones in creation order, then the 30s
const delays = [30, 1, 0, 30, 0, 1, 30, 1, 0];
delays.forEach((d, i) => setTimeout(() => console.log('timer', i, 'delay', d), d));
console.log('sync');
queueMicrotask(() => console.log('microtask before all timers'));
