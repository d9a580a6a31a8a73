// assorted process members: memoryUsage keys, uptime, title, release, umask, execArgv, EventEmitter nature, require('process')
const m = process.memoryUsage();
console.log(Object.keys(m), Object.values(m).every((v) => typeof v === 'number'));
console.log(typeof process.memoryUsage.rss, typeof process.memoryUsage.rss());
console.log(typeof process.uptime(), process.uptime() >= 0, process.uptime() < 60);
console.log(typeof process.title, process.release.name);
console.log(typeof process.umask, typeof process.umask());
console.log(Array.isArray(process.execArgv), process.execArgv.length, typeof process.execPath);
console.log(Object.prototype.toString.call(process), process instanceof require('events'));
console.log(require('process') === process, require('node:process') === process);
console.log(typeof process.on, typeof process.once, typeof process.emit, typeof process.off, typeof process.listenerCount);
console.log(typeof process.kill, typeof process.exit, typeof process.emitWarning, typeof process.nextTick, typeof process.cwd);
console.log(Number.isInteger(process.ppid), typeof process.cpuUsage, Object.keys(process.cpuUsage()));
