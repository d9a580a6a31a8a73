const source = { a: 1, b: 2, c: 3, d: 4 };
export const { a, b, ...rest } = source;
export let [first, , second = 'default-second'] = ['one', 'skipped'];
export class Klass { name = 'klass instance'; }
export function* gen() { yield 'g'; yield 'e'; yield 'n'; }
export async function asyncFn() { await null; return 'async result'; }
export var v = 'var export';
