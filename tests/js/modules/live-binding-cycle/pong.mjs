import { ping, pingCount } from './ping.mjs';
export let pongCount = 0;
export function pong(n) {
  pongCount++;
  console.log(`pong ${n} (pingCount=${pingCount})`);
  if (n > 0) ping(n - 1);
}
