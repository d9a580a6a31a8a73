import { fromA, letA, KlassA, fnA } from './a.mjs';
import * as nsA from './a.mjs';
export const late = 'late value';
export function hoisted() { return 'hoisted works'; }
const reads = [
  ['fromA', () => fromA],
  ['letA', () => letA],
  ['KlassA', () => typeof KlassA],
  ['fnA', () => fnA()],
  ['nsA.fromA', () => nsA.fromA],
  ['keys', () => Object.keys(nsA).join(',')],
];
export function probe() {
  for (const [label, read] of reads) {
    try {
      console.log(label, '=>', read());
    } catch (e) {
      console.log(label, 'threw', e.name, e instanceof ReferenceError, e.message);
    }
  }
}
console.log('b.mjs running (a not yet evaluated)');
probe();
