// function formatting
function named() {}
const anon = function () {};
const arrow = () => {};
console.log(named);
console.log(anon, arrow);
console.log(function () {});
console.log(() => {});
console.log([named, () => {}]);
console.log({ method() {}, fn: function () {}, arr: () => {} });
console.log(Math.max, Array.prototype.push);
console.log(named.bind(null));
const withProps = function withProps() {};
withProps.extra = 1;
console.log(withProps);
const obj = { get g() { return 1; } };
console.log(Object.getOwnPropertyDescriptor(obj, 'g').get);
console.log(new Function('return 1'));
