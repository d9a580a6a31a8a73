console.log('step evaluating');
export const value = await new Promise((r) => setTimeout(() => r('step-done'), 5));
console.log('step finished');
