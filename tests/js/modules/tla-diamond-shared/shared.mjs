globalThis.sharedRuns = (globalThis.sharedRuns ?? 0) + 1;
console.log('shared start');
export const token = await new Promise((r) => setTimeout(() => r('T'), 5));
console.log('shared done');
