// Template literals and tagged templates keep lone surrogates in their cooked strings (oxc
// escapes them in its UTF-8 text; the compiler decodes them), as Node prints them.
const t = `a\uD800b${1}`; console.log(t.length, t.charCodeAt(1).toString(16), `\uD83D`.charCodeAt(0).toString(16));
const tag = (s, ...v) => s.map((x) => x === undefined ? "U" : x.length + ":" + [...x].map((c) => c.charCodeAt(0).toString(16)).join(",")).join("|") + " raw " + s.raw.join("|");
console.log(tag`\uD800x${1}\uDC00\uD83D\uDE00${2}\u{1F600}`);
console.log(tag`bad \unicode`, `\uFFFD`.length, `\uFFFDfffd`.length, tag`\uFFFD1234`);
console.log(`${"x"}\uDBFF`.length, `\uDBFF${"y"}`.charCodeAt(0).toString(16), `x\uDC00${1}`.codePointAt(1).toString(16));
