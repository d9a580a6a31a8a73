// functions with extra own properties show them in braces
function withProps() {}
withProps.a = 1;
withProps.b = 'two';
console.log(withProps);
const arrow = () => {};
arrow.nested = { deep: { deeper: {} } };
console.log(arrow);
console.log({ f: withProps });
function noName() {}
Object.defineProperty(noName, 'name', { value: '' });
console.log(noName);
function renamed() {}
Object.defineProperty(renamed, 'name', { value: 'otherName' });
console.log(renamed);
const sym = Symbol('fnSym');
function symProp() {}
symProp[sym] = true;
console.log(symProp);
