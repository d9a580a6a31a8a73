console.log('a start');
queueMicrotask(() => console.log('a microtask'));
await 0;
console.log('a after await 0');
await Promise.resolve();
console.log('a after second await');
