console.log('b start');
Promise.resolve().then(() => console.log('b then 1')).then(() => console.log('b then 2')).then(() => console.log('b then 3'));
await undefined;
console.log('b after await');
