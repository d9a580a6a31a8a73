console.log('fast: runs while slow is waiting');
