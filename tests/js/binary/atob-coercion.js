// atob and btoa convert their argument with ToString: null, undefined, numbers, objects
console.log(btoa(null), btoa(undefined), btoa(123), btoa(true), btoa({}), btoa([1, 2]));
console.log(atob(null), atob(1234), atob("undefined0"), atob({ toString: () => "YWJj" }));
console.log(atob(btoa("\u00ff\u00fe\u00fd")) === "\u00ff\u00fe\u00fd", btoa("\u00ff\u00fe\u00fd"));
let calls = 0;
const o = { toString: () => (calls++, "YQ==") };
atob(o);
console.log(calls);
console.log(btoa(String.fromCharCode(0, 0, 0)), atob("AAAA").length);
