// string quoting inside arrays and objects
console.log(['simple']);
console.log(["it's"]);
console.log(['say "hi"']);
console.log(['both \' and "']);
console.log(['all three \' " `']);
console.log({ s: 'value', t: "it's" });
console.log(['']);
console.log(['line\nbreak', 'tab\tchar', 'back\\slash']);
console.log(['unicode é 😀']);
console.log(['\u0001 control', '\u007f del']);
console.log([['nested string']]);
