Promise.resolve().then(()=>console.log('dep p')); process.nextTick(()=>console.log('dep t')); console.log('dep');
