// unary plus/minus/not/bitwise-not with various operand types
console.log(+'3', -'3', +'-0', -'abc', +true, -false, +null, +undefined);
console.log(+'  \n12\t ', +'1_000', +'.5', +'5.', +'+5', +'--5', +'Infinity', -'-Infinity');
console.log(+[], +[7], +[1, 2], +{}, +function () {});
console.log(!0, !'', !'0', ![], !{}, !NaN, !!document_undefined());
function document_undefined() { return undefined; }
console.log(~5, ~-1, ~0, ~~3.7, ~~-3.7, ~'8', ~NaN);

// unary minus on zero
console.log(Object.is(-0, -(0)), Object.is(+-0, -0), 1 / -0);

// valueOf is used for unary plus
const obj = { valueOf() { return 41; } };
console.log(+obj + 1, -obj);

// unary operators on symbols throw
try { +Symbol('s'); } catch (e) { console.log('unary plus symbol', e.name); }
console.log(!Symbol('s'));
