// exit 5: process.exit(5) inside an 'exit' listener stops at once: later 'exit' listeners do not run and the code becomes 5
process.on('exit', (code) => { console.log('listener 1 sees', code); process.exit(5); });
process.on('exit', () => console.log('listener 2: never'));
process.exitCode = 3;
console.log('main');
