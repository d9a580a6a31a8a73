console.log('second-child');
