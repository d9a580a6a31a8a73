// generator functions print as [GeneratorFunction: name]
function* gen() {}
console.log(gen);
console.log(function* () {});
console.log({ *g() {} });
console.log([gen]);
