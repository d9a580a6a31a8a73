console.log('b-child.cjs');
