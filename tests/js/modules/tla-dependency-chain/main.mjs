// top-level await: a chain main -> config -> db where db awaits; values are ready when importers run
import { db } from './db.mjs';
import { config } from './config.mjs';
console.log('main: db =', JSON.stringify(db), 'config =', JSON.stringify(config));
