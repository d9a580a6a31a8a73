// process.exitCode and process.exit() accept integers (or integer strings) and reject other values with Node's errors
for (const v of ['abc', 1.5, {}, '2', 3, undefined, null, true, -1, '0x10', '', 4.0]) {
  try {
    process.exitCode = v;
    console.log('ok', typeof v, process.exitCode);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const v of ['abc', 1.5, [], false]) {
  try { process.exit(v); } catch (e) { console.log('exit()', e.name, e.code, e.message); }
}
process.on('exit', (code) => console.log('exit', code));
process.exit('0');
