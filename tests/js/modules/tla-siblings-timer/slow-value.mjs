console.log('slow-value: start');
export const result = await new Promise((resolve) => setTimeout(() => resolve(42), 5));
console.log('slow-value: resolved', result);
