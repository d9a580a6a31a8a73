// os.userInfo(): keys and types of the result, options of any type accepted
const os = require('os');
const info = os.userInfo();
console.log(Object.keys(info));
console.log(typeof info.uid, typeof info.gid, Number.isInteger(info.uid), Number.isInteger(info.gid));
console.log(typeof info.username, info.username.length > 0, typeof info.homedir);
console.log(info.shell === null || typeof info.shell === 'string');
console.log(typeof process.getuid !== 'function' || process.getuid() === info.uid);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
for (const options of [undefined, null, 5, 'utf8', {}, { encoding: 'utf8' }, { encoding: 'latin1' }, []]) {
  console.log(JSON.stringify(options), same(os.userInfo(options), info));
}
console.log(os.userInfo() !== os.userInfo(), os.userInfo.length);
