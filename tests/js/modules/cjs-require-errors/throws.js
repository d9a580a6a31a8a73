globalThis.throwRuns = (globalThis.throwRuns || 0) + 1;
exports.before = true;
throw new RangeError('module failed');
