// module with a top-level using, imported by main.mjs
export const log = [];
export function res(name) {
  log.push('create ' + name);
  return { [Symbol.dispose]() { log.push('dispose ' + name); } };
}
using d = res('dep d');
log.push('dep body end');
