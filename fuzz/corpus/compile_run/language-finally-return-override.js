// finally interacting with return: overriding, side effects, and swallowing exceptions
function overrides() {
  try {
    return 'try';
  } finally {
    return 'finally';
  }
}
console.log(overrides());

function sideEffect() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
    console.log('finally sees x =', x);
  }
}
console.log('returned', sideEffect());

function objectSideEffect() {
  const o = { v: 1 };
  try {
    return o;
  } finally {
    o.v = 'mutated in finally';
  }
}
console.log(objectSideEffect().v);

function swallow() {
  try {
    throw new Error('lost');
  } finally {
    return 'finally return swallows the error';
  }
}
console.log(swallow());

function catchReturnOverridden() {
  try {
    throw new Error('x');
  } catch (e) {
    return 'catch';
  } finally {
    return 'finally wins over catch';
  }
}
console.log(catchReturnOverridden());
