import { config } from './config.mjs';
console.log('db: start, config ready =', config.ready);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
await wait(10);
export const db = { connected: true, url: config.url };
console.log('db: connected');
