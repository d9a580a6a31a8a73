import { pong, pongCount } from './pong.mjs';
export let pingCount = 0;
export function ping(n) {
  pingCount++;
  console.log(`ping ${n} (pongCount=${pongCount})`);
  if (n > 0) pong(n - 1);
}
