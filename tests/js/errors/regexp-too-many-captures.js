// Capturing groups beyond V8's limit (32 767) are a SyntaxError "Too many captures", from the constructor and for literals; non-capturing and lookaround groups do not count
const tryIt = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', r instanceof RegExp);
  } catch (e) {
    console.log(label, e.name, e.message.endsWith('Too many captures'));
  }
};
tryIt('60000 groups and a backreference', () => new RegExp('(a)'.repeat(60000) + '\\1'));
tryIt('32767 groups', () => new RegExp('(a)'.repeat(32767)));
tryIt('32768 groups', () => new RegExp('(a)'.repeat(32768)));
tryIt('named group over the limit', () => new RegExp('(?<x>a)' + '(a)'.repeat(32767)));
tryIt('non-capturing groups', () => new RegExp('(?:a)'.repeat(40000)));
tryIt('lookarounds', () => new RegExp('(?=a)(?!b)(?<=c)(?<!d)'.repeat(10000)));
tryIt('parentheses in a class', () => new RegExp('[(]'.repeat(40000)));
tryIt('escaped parentheses', () => new RegExp('\\('.repeat(40000)));
tryIt('literal over the limit', () => eval('/' + '(a)'.repeat(40000) + '/'));
tryIt('literal at the limit', () => eval('/' + '(a)'.repeat(32767) + '/'));
const big = new RegExp('(a)'.repeat(1000) + '\\1000');
console.log('1000 groups match', big.test('a'.repeat(1001)));
