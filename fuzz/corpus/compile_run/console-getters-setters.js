// accessor properties are shown as [Getter], [Setter] or [Getter/Setter]
console.log({ get a() { return 1; } });
console.log({ set b(v) {} });
console.log({ get c() { return 1; }, set c(v) {} });
console.log({ plain: 1, get computed() { return 'not invoked'; } });
const withDefine = Object.defineProperty({}, 'x', { get() { return 1; }, enumerable: true });
console.log(withDefine);
const hiddenGetter = Object.defineProperty({ visible: 1 }, 'hidden', { get() { return 1; }, enumerable: false });
console.log(hiddenGetter);
class K { get g() { return 1; } }
console.log(new K());
console.log([Object.defineProperty({}, 'g', { get() { return 1; }, set(v) {}, enumerable: true })]);
