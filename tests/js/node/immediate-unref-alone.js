// a program whose only pending work is an unref'd Immediate ends without running it
const i = setImmediate(() => console.log('never'));
i.unref();
console.log('end of script', i.hasRef());
