// dynamic import(): import() started from a setTimeout callback loads and evaluates the module (sync and TLA modules)
setTimeout(() => {
  console.log('timer fired');
  import('./lazy.mjs').then(
    (ns) => {
      console.log('lazy loaded:', ns.name);
      setTimeout(async () => {
        const tla = await import('./lazy-tla.mjs');
        console.log('tla module loaded from a timer:', tla.name);
      }, 1);
    },
    (e) => console.log('failed', e.name),
  );
}, 1);
console.log('main done');
