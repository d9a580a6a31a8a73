// path.win32.resolve: drives, drive-relative paths (the process cwd on POSIX), UNC roots, other drives skipped
const { win32 } = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
const cases = [
  ['C:\\foo', 'bar'], ['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
  ['c:/ignore', 'c:/some/file'], ['d:/ignore', 'd:some/dir//'], ['//server/share', '..', 'relative\\'],
  ['c:/', '//'], ['c:/', '//dir'], ['c:/', '//server/share'], ['c:/', '//server//share'], ['c:/', '///some//dir'],
  ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'], ['\\\\.\\PHYSICALDRIVE0'], ['\\\\?\\PHYSICALDRIVE0'],
  ['\\\\?\\C:\\x', '..\\..\\y'],
  ['C:\\', '\\\\s\\sh\\x'], ['\\\\s\\sh', '\\x'],
  ['C:\\a\\', '', ''], ['C:\\A', 'c:b'], ['x:', 'y', 'X:\\z'],
];
for (const args of cases) show(`resolve(${args.map((a) => JSON.stringify(a)).join(', ')})`, win32.resolve(...args));
// A drive-relative path uses the drive's cwd: Windows keeps it in the =C: variable, which a POSIX
// environment cannot hold, so the process cwd (a POSIX path here) is used under the drive
const cwdTail = process.cwd().replace(/\//g, '\\');
console.log('resolve("D:x") is "D:" + cwd + "\\\\x":', win32.resolve('D:x') === 'D:' + cwdTail + '\\x');
console.log('resolve("C:") is "C:" + cwd:', win32.resolve('C:') === 'C:' + cwdTail);
console.log('resolve("c:x", "C:y") is "C:" + cwd + "\\\\x\\\\y" (the rightmost drive spelling):', win32.resolve('c:x', 'C:y') === 'C:' + cwdTail + '\\x\\y');
console.log('resolve("C:\\\\a", "D:b") skips C: and is "D:" + cwd + "\\\\b":', win32.resolve('C:\\a', 'D:b') === 'D:' + cwdTail + '\\b');
console.log('resolve("\\\\\\\\s\\\\sh", "x", "C:y") skips the share:', win32.resolve('\\\\s\\sh', 'x', 'C:y') === 'C:' + cwdTail + '\\x\\y');
console.log('resolve("C:..") is "C:" + dirname(cwd):', win32.resolve('C:..') === 'C:' + win32.dirname(cwdTail));
// Without any drive the process cwd is used too
console.log('resolve("x") is cwd + "\\\\x":', win32.resolve('x') === cwdTail + '\\x');
console.log('resolve() is cwd:', win32.resolve() === cwdTail);
console.log('resolve("\\\\abs") ignores cwd:', win32.resolve('\\abs') === '\\abs');
// an absolute path with a device ends the search: arguments left of it are not checked
show('resolve(1, "C:\\\\abs")', win32.resolve(1, 'C:\\abs'));
