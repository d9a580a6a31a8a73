var arr = []; arr[1e6] = 1; arr.length; arr.reverse(); Array.prototype.concat.call(1, 2, [3]);
