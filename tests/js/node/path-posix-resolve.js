// path.resolve (posix): right-to-left until absolute, the working directory for relative input, empty arguments
const path = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
show('resolve("/foo/bar", "./baz")', path.resolve('/foo/bar', './baz'));
show('resolve("/foo/bar", "/tmp/file/")', path.resolve('/foo/bar', '/tmp/file/'));
show('resolve("/a", "b", "..", "c/")', path.resolve('/a', 'b', '..', 'c/'));
show('resolve("/")', path.resolve('/'));
show('resolve("//")', path.resolve('//'));
show('resolve("//a//b/")', path.resolve('//a//b/'));
show('resolve("/..")', path.resolve('/..'));
show('resolve("/a/../../..")', path.resolve('/a/../../..'));
show('resolve("/a", "", "")', path.resolve('/a', '', ''));
show('resolve("/x", "/y", "z")', path.resolve('/x', '/y', 'z'));
show('resolve("/x", "C:\\\\y")', path.resolve('/x', 'C:\\y'));
show('resolve("/var/lib", "../", "file/")', path.resolve('/var/lib', '../', 'file/'));
// relative input is resolved against process.cwd()
const cwd = process.cwd();
console.log('resolve("x") is cwd + "/x":', path.resolve('x') === cwd + '/x');
console.log('resolve() is cwd:', path.resolve() === cwd);
console.log('resolve("") is cwd:', path.resolve('') === cwd);
console.log('resolve(".") is cwd:', path.resolve('.') === cwd);
console.log('resolve("a", "b") is cwd + "/a/b":', path.resolve('a', 'b') === cwd + '/a/b');
console.log('resolve("x/..") is cwd:', path.resolve('x/..') === cwd);
console.log('resolve(".", "x", "./y/") is cwd + "/x/y":', path.resolve('.', 'x', './y/') === cwd + '/x/y');
console.log('resolve is absolute:', path.isAbsolute(path.resolve('q')));
// an absolute argument ends the search: arguments left of it are not even checked
show('resolve(42, "/abs")', path.resolve(42, '/abs'));
for (const p of ['', '/', 'a', '/a', './a', '..', '\\a', 'C:\\'])
  show(`isAbsolute(${JSON.stringify(p)})`, path.isAbsolute(p));
