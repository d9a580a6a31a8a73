// finally interacting with throw, break and nesting
function finallyThrows() {
  try {
    return 'never seen';
  } finally {
    throw new Error('finally threw');
  }
}
try { finallyThrows(); } catch (e) { console.log(e.message); }

function breakInFinally() {
  for (;;) {
    try {
      return 'return cancelled';
    } finally {
      break;
    }
  }
  return 'after loop';
}
console.log(breakInFinally());

function nested() {
  const log = [];
  try {
    try {
      return 'inner';
    } finally {
      log.push('inner finally');
    }
  } finally {
    log.push('outer finally');
    console.log(log.join(', '));
  }
}
console.log(nested());

// the completion value of try/finally via eval
console.log(eval('try { 1 } finally { 2 }'), eval('try { throw 0 } catch (e) { 3 } finally { 4 }'));
