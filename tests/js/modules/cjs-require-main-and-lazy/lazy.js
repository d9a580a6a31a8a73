globalThis.lazyEvaluated = true;
exports.value = 'lazy value';
