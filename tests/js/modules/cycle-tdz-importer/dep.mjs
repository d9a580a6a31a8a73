import { ready, config } from './main.mjs';
let seen;
try {
  seen = config.mode;
} catch (e) {
  seen = `${e.name}: ${e.message}`;
}
console.log('dep body:', seen);
export function report() { return `later: ${ready} ${config.mode}`; }
