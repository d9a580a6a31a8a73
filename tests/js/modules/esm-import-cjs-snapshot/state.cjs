exports.value = 0;
exports.increment = function () { exports.value++; };
exports.value = 1;
