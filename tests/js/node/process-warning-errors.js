// process.emitWarning argument validation: ERR_INVALID_ARG_TYPE for the warning, type and code
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning event', w.message));
const cases = [[123], [{}], [null], [undefined], ['x', 5], ['x', 'T', 5], ['x', ['arr']], ['x', { type: 5 }], ['x', { code: 5 }], ['x', null, 'C'], ['ok', undefined, undefined]];
for (const args of cases) {
  try {
    process.emitWarning(...args);
    console.log('accepted', args.length);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
