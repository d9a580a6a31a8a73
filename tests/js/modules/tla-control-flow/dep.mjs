export const dep = await (async () => { await null; return 'from IIFE'; })();
