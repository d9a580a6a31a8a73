// Math, JSON, Reflect, Atomics and console are created on first use (builtins/lazy_global.rs): before
// and after, each is a writable, non-enumerable, configurable data property in its usual
// place among the globals, whatever reaches it first.
const names = Object.getOwnPropertyNames(globalThis);
console.log(["Atomics", "Math", "JSON", "Reflect", "console"].map((n) => names.includes(n)));
for (const name of ["Math", "JSON", "Reflect", "Atomics", "console"]) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof d.value, d.writable, d.enumerable, d.configurable, d.value[Symbol.toStringTag]);
}
// Reached through a global variable, through globalThis, and through `with`.
console.log(Math.max(1, 2), globalThis.JSON.stringify([1]), typeof Reflect.ownKeys);
with (globalThis) console.log(typeof Atomics.add);
// The same object every time.
console.log(Math === globalThis.Math, JSON === Object.getOwnPropertyDescriptors(globalThis).JSON.value);
