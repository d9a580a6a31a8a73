globalThis.otherSaw = [typeof topVar, typeof topFn, typeof topLet].join(',');
