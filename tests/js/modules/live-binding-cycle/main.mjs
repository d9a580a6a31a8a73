// live bindings across a cycle: each module updates its own exports and reads the partner's current values
import { pingCount, ping } from './ping.mjs';
import { pongCount } from './pong.mjs';
ping(3);
console.log('ping', pingCount, 'pong', pongCount);
