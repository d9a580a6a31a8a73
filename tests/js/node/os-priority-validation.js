// os.setPriority / os.getPriority argument validation (pid and priority as int32, priority within -20..19)
const os = require('os');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const args of [['x'], [1.5], [20], [-21], [2 ** 31], [NaN], [null], [0, 'x'], ['a', 1], [0, 1.5],
  [0, 20], [0, -21], [1.5, 0], [2 ** 31, 0], [undefined, 5n]]) {
  attempt(`setPriority(${args.map(String).join(', ')})`, () => os.setPriority(...args));
}
for (const args of [['x'], [1.5], [null], [2 ** 31], [-(2 ** 31) - 1], [{}], [NaN]]) {
  attempt(`getPriority(${args.map(String).join(', ')})`, () => os.getPriority(...args));
}
console.log(os.setPriority.length, os.getPriority.length);
console.log(os.constants.priority.PRIORITY_LOW, os.constants.priority.PRIORITY_HIGHEST);
