// evaluation order: sibling imports run depth-first, in source order, each exactly once, before the importer body
console.log('main body');
import './first.mjs';
import { second } from './second.mjs';
import './first.mjs';
import './third.mjs';
console.log('second export', second);
