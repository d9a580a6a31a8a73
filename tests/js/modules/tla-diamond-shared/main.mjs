// top-level await in a diamond: the shared async module runs once; both branches wait for it; main waits for both
import { left } from './left.mjs';
import { right } from './right.mjs';
console.log('main', left, right, globalThis.sharedRuns);
