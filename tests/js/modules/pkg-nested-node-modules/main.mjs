// package resolution: node_modules lookup walks up the directory tree; a nested node_modules shadows an outer one
import outer from 'shared';
import app from 'app';
import { deepResult } from './src/deep/deeper/file.mjs';
console.log('main sees', outer);
console.log('app sees', app.sharedSeen, '| app helper sees', app.helperSeen);
console.log('deep file walks up to', deepResult);
console.log('local node_modules in src/ wins:', (await import('./src/uses-local.mjs')).local);
