// navigator (Node 21+, expected output from Node 24): hardwareConcurrency, language(s), platform, userAgent's form, the illegal constructor
const d = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
console.log(typeof d.get, d.enumerable, d.configurable);
console.log(navigator, Object.prototype.toString.call(navigator));
console.log(Number.isInteger(navigator.hardwareConcurrency), navigator.hardwareConcurrency >= 1);
console.log(navigator.hardwareConcurrency === require('os').availableParallelism());
console.log(navigator.language, navigator.languages);
console.log(navigator.platform === { linux: `Linux ${process.arch === 'x64' ? 'x86_64' : process.arch}`, darwin: 'MacIntel' }[process.platform]);
console.log(/^Node\.js\/\d+$/.test(navigator.userAgent));
try { new Navigator(); } catch (e) { console.log(e.name, e.code, e.message); }
