import { late, hoisted } from './b.mjs';
console.log('a.mjs running:', late, hoisted());
export const fromA = 'A';
export let letA = 'letA';
export class KlassA {}
export function fnA() { return 'fnA'; }
