console.log('a-dep.cjs');
