// the shape of process: argv, versions, platform names, clocks and memoryUsage
console.log(typeof process, Array.isArray(process.argv), process.argv.length >= 2);
console.log(process.argv[1].endsWith('process-basics.js'));
console.log(typeof process.version, process.version.startsWith('v'), typeof process.versions.node);
console.log(['linux', 'darwin', 'win32', 'freebsd'].includes(process.platform));
console.log(['x64', 'arm64', 'ia32', 'arm'].includes(process.arch));
console.log(Number.isInteger(process.pid), process.pid > 0);
console.log(typeof process.cwd(), process.cwd().length > 0);
const t = process.hrtime();
console.log(Array.isArray(t), t.length, t.every(Number.isInteger));
const d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0);
console.log(typeof process.hrtime.bigint(), process.hrtime.bigint() > 0n);
console.log(typeof process.uptime(), process.uptime() >= 0);
const m = process.memoryUsage();
console.log(['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'].every((k) => typeof m[k] === 'number'));
console.log(typeof process.env, typeof process.env.PATH);
console.log(process.exitCode);
