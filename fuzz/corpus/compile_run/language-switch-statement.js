// switch: strict equality, fallthrough, default placement, case expression evaluation
function classify(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push('one');
    case 2:
      out.push('two');
      break;
    default:
      out.push('default');
    case 3:
      out.push('three');
      break;
    case '1':
      out.push('string one');
  }
  return out.join('+');
}
console.log(classify(1));
console.log(classify(2));
console.log(classify(3));
console.log(classify('1'));
console.log(classify(99));
console.log(classify(true));

// NaN never matches, -0 matches 0
function nan(x) {
  switch (x) {
    case NaN: return 'nan case';
    case 0: return 'zero case';
    default: return 'default';
  }
}
console.log(nan(NaN), nan(-0));

// case expressions evaluated lazily, in order, until a match
const log = [];
const c = (v) => { log.push(v); return v; };
switch (2) {
  case c(1): break;
  case c(2): break;
  case c(3): break;
}
console.log(log.join(','));

// default in the middle only used when nothing matches, evaluation continues past it
log.length = 0;
switch (5) {
  case c(1): break;
  default: log.push('default');
  case c(2): log.push('fell into 2');
}
console.log(log.join(','));

// switch on objects uses identity
const key = {};
switch (key) {
  case {}: console.log('fresh object'); break;
  case key: console.log('same object'); break;
}

// empty switch and switch with only default
switch (1) {}
switch (1) { default: console.log('only default'); }

// return from inside switch in a function
function ret(x) { switch (x) { case 'a': return 'A'; } return 'none'; }
console.log(ret('a'), ret('b'));
