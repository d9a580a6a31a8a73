// TextEncoder/TextDecoder as objects: prototype members, getters, toStringTag, `new` required, receivers checked with Node's ERR_INVALID_THIS, options validation
const names = (o) => Object.getOwnPropertyNames(o).join(",");
console.log(names(TextEncoder.prototype), "|", names(TextDecoder.prototype));
console.log(TextEncoder.length, TextDecoder.length, TextEncoder.prototype.encodeInto.length, TextDecoder.prototype.decode.length);
console.log(Object.prototype.toString.call(new TextEncoder()), Object.prototype.toString.call(new TextDecoder()));
const td = new TextDecoder("utf-16", { fatal: true, ignoreBOM: true });
console.log(td.encoding, td.fatal, td.ignoreBOM);
const d = new TextDecoder(undefined, null);
console.log(d.encoding, d.fatal, d.ignoreBOM);
for (const f of [
  () => TextEncoder(),
  () => TextDecoder(),
  () => TextEncoder.prototype.encode.call({}, "a"),
  () => TextDecoder.prototype.decode.call(new TextEncoder(), new Uint8Array(1)),
  () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, "encoding").get.call({}),
  () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, "fatal").get.call(new TextEncoder()),
  () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, "encoding").get.call(new TextDecoder()),
  () => new TextDecoder("utf-8", 1),
  () => new TextDecoder("utf-8", "fatal"),
  () => new TextDecoder("bogus", 1),
]) {
  try {
    f();
    console.log("no error");
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
class MyDecoder extends TextDecoder {}
const m = new MyDecoder("latin1");
console.log(m instanceof TextDecoder, m instanceof MyDecoder, m.encoding, m.decode(new Uint8Array([0xe9])));
