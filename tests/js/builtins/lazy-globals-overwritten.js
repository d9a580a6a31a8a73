// A lazy global written or deleted before it is read is replaced without being created;
// redefining it keeps or replaces its value as for any data property.
globalThis.Math = 5;
console.log(Math, Object.getOwnPropertyDescriptor(globalThis, "Math"));
delete globalThis.JSON;
console.log(typeof JSON, "JSON" in globalThis);
Object.defineProperty(globalThis, "Reflect", { enumerable: true });
console.log(typeof Reflect.apply, Object.getOwnPropertyDescriptor(globalThis, "Reflect").enumerable);
Object.freeze(globalThis);
console.log(typeof Atomics.load, Object.getOwnPropertyDescriptor(globalThis, "Atomics").writable);
