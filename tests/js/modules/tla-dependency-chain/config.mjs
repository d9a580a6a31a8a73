console.log('config: start');
export const config = await Promise.resolve({ url: 'mem://test', ready: true });
console.log('config: loaded');
