// process.kill validates the signal (ERR_UNKNOWN_SIGNAL), signal 0 only checks the process exists, a missing process gives ESRCH
for (const sig of ['SIGFOO', 'sigterm', {}, 999999]) {
  try {
    process.kill(process.pid, sig);
    console.log('sent', sig);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(process.kill(process.pid, 0));
try {
  process.kill(2 ** 30, 0);
} catch (e) {
  console.log(e.name, e.code, e.syscall, e.errno, e.message);
}
