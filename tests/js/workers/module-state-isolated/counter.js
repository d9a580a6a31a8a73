// a module with private state
let n = 0;
exports.loads = (globalThis.__counterLoads = (globalThis.__counterLoads || 0) + 1);
exports.bump = () => ++n;
exports.value = () => n;
