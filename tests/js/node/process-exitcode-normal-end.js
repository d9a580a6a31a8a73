// exit 3: process.exitCode = 3 and a normal end: the loop still runs, 'beforeExit' and 'exit' see 3, the process exits with 3
process.exitCode = 3;
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => console.log('timer still runs'), 1);
console.log('exitCode', process.exitCode);
