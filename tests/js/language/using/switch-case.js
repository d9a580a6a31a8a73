// using inside braced case blocks is disposed at the end of that block; a bare using in a case clause is a SyntaxError
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
function run(v) {
  switch (v) {
    case 1: {
      using a = res('case1');
      log.push('case 1 body');
    }
    // fall through
    case 2: {
      using b = res('case2');
      log.push('case 2 body');
      break;
    }
    default: {
      using d = res('default');
      log.push('default body');
    }
  }
  log.push('after switch ' + v);
}
run(1);
run(2);
run(3);
{
  using outer = res('outer');
  switch (0) {
    case 0: {
      using inner = res('inner');
      log.push('inner case');
    }
  }
  log.push('outer end');
}
console.log(log.join('\n'));
for (const src of [
  'switch (0) { case 0: using x = null; }',
  'switch (0) { default: using x = null; }',
  'switch (0) { case 0: { using x = null; } }',
]) {
  try {
    new Function(src);
    console.log('ok:', src);
  } catch (e) {
    console.log(e.name + ':', src);
  }
}
