import { counter } from '../shared.mjs';
import { counter as viaDotSlash } from './../shared.mjs';
console.log('leaf evaluated, same module instance:', counter === viaDotSlash);
