export const x = 1; process.nextTick(()=>console.log('dep2 t')); Promise.resolve().then(()=>console.log('dep2 p'));
