//! TextEncoder and TextDecoder (WHATWG Encoding §7.2, §7.4), with Node's error codes and
//! messages. The decoders are `encoding_rs`'s, which implements the Encoding standard's
//! decoders, labels and streaming: a `Decoder` keeps a partial sequence between
//! `decode(…, { stream: true })` calls, and one made "with BOM removal" strips the BOM of
//! its own encoding only, as TextDecoder's "BOM seen" flag does.

use super::errors::{invalid_this, node_error, received};
use encoding_rs::{CoderResult, Decoder, DecoderResult, Encoding};
use spindle::Value;
use spindle::binary::ElementType;
use spindle::builtins::arg;
use spindle::builtins::typed_array::new_typed_array;
use spindle::object::property::{CONFIGURABLE, PropertyKey};
use spindle::object::{NativeCall, NativeFn, Object, ObjectKind};
use spindle::value::ObjId;
use spindle::vm::{ErrorType, JsResult, Vm};

/// A TextEncoder's (empty) state: it marks the object as one.
struct TextEncoderState;

/// A TextDecoder's slots (WHATWG Encoding §7.1 TextDecoderCommon, §7.2).
struct TextDecoderState {
    encoding: &'static Encoding,
    fatal: bool,
    ignore_bom: bool,
    /// The decoder of an unfinished stream ("do not flush" set by the last call); None
    /// when the next call starts afresh.
    decoder: Option<Decoder>,
}

/// Installs the TextEncoder and TextDecoder constructors.
pub fn install(vm: &mut Vm) {
    let encoder_proto = new_prototype(vm, "TextEncoder", 0, text_encoder_constructor);
    vm.intrinsics_mut().extra.insert("%TextEncoder.prototype%", encoder_proto);
    getters(vm, encoder_proto, &[("encoding", encoder_encoding)]);
    vm.def_method(encoder_proto, "encode", 0, encode);
    vm.def_method(encoder_proto, "encodeInto", 2, encode_into);

    let decoder_proto = new_prototype(vm, "TextDecoder", 0, text_decoder_constructor);
    vm.intrinsics_mut().extra.insert("%TextDecoder.prototype%", decoder_proto);
    vm.def_method(decoder_proto, "decode", 0, decode);
    getters(
        vm,
        decoder_proto,
        &[("encoding", decoder_encoding), ("fatal", decoder_fatal), ("ignoreBOM", decoder_ignore_bom)],
    );
}

/// A constructor `name` on the global object and its prototype (with @@toStringTag).
fn new_prototype(vm: &mut Vm, name: &str, length: u32, f: NativeFn) -> ObjId {
    let proto = vm.new_object();
    vm.def_constructor(name, length, f, proto);
    let tag = vm.string(name);
    vm.define_direct(proto, PropertyKey::Symbol(vm.sym.to_string_tag), tag, CONFIGURABLE);
    proto
}

fn getters(vm: &mut Vm, proto: ObjId, list: &[(&str, NativeFn)]) {
    for &(name, getter) in list {
        let key = vm.key_str(name);
        vm.def_accessor(proto, key, name, Some(getter), None);
    }
}

/// The object a constructor makes: `state` over new.target's prototype.
fn construct_with(
    vm: &mut Vm,
    cx: &NativeCall,
    class: &str,
    default: fn(&spindle::realm::Intrinsics) -> ObjId,
) -> JsResult<ObjId> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error(&format!("Class constructor {class} cannot be invoked without 'new'")));
    };
    vm.get_prototype_from_constructor(nt, default)
}

/// new TextEncoder() (WHATWG Encoding §7.4.1)
fn text_encoder_constructor(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let proto = construct_with(vm, cx, "TextEncoder", |i| i.extra["%TextEncoder.prototype%"])?;
    let state: Box<dyn std::any::Any> = Box::new(TextEncoderState);
    Ok(Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::HostData(state)))))
}

/// The receiver as a TextEncoder, or Node's ERR_INVALID_THIS.
fn this_encoder(vm: &mut Vm, this: Value) -> JsResult<()> {
    if let Value::Object(o) = this
        && let ObjectKind::HostData(d) = &vm.obj(o).kind
        && d.is::<TextEncoderState>()
    {
        return Ok(());
    }
    Err(invalid_this(vm, "TextEncoder"))
}

/// get TextEncoder.prototype.encoding: always "utf-8".
fn encoder_encoding(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    this_encoder(vm, cx.this)?;
    Ok(vm.string("utf-8"))
}

/// WebIDL's USVString conversion: ToString, then each lone surrogate becomes U+FFFD.
fn to_usv_string(vm: &mut Vm, v: Value) -> JsResult<String> {
    let s = vm.to_string(v)?;
    Ok(char::decode_utf16(vm.heap.str(s).iter().copied()).map(|c| c.unwrap_or('\u{FFFD}')).collect())
}

/// TextEncoder.prototype.encode ( [ input = "" ] ) (§7.4.2): the UTF-8 bytes of input.
fn encode(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    this_encoder(vm, cx.this)?;
    let text = match arg(args, 0) {
        Value::Undefined => String::new(),
        v => to_usv_string(vm, v)?,
    };
    Ok(Value::Object(uint8_array_from(vm, text.as_bytes())?))
}

/// A new Uint8Array holding a copy of `bytes`.
pub fn uint8_array_from(vm: &mut Vm, bytes: &[u8]) -> JsResult<spindle::value::ObjId> {
    let out = new_typed_array(vm, ElementType::Uint8, bytes.len())?;
    let buffer = vm.typed_array_data(out).expect("just made").buffer;
    vm.buffer_write(buffer, 0, bytes);
    Ok(out)
}

/// TextEncoder.prototype.encodeInto ( source, destination ) (§7.4.2): writes the UTF-8
/// encoding of whole scalar values while they fit; `read` counts UTF-16 code units.
fn encode_into(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    this_encoder(vm, cx.this)?;
    let source = vm.to_string(arg(args, 0))?;
    let dest = arg(args, 1);
    let target = match dest {
        Value::Object(o) => {
            vm.typed_array_data(o).filter(|t| t.ty == ElementType::Uint8).map(|t| (o, t.buffer, t.byte_offset))
        }
        _ => None,
    };
    let Some((dest, buffer, offset)) = target else {
        let shown = received(vm, dest)?;
        let msg = format!("The \"dest\" argument must be an instance of Uint8Array. Received {shown}");
        return Err(node_error(vm, ErrorType::TypeError, "ERR_INVALID_ARG_TYPE", &msg));
    };
    // A detached or out-of-bounds destination has no room.
    let room = vm.typed_array_length_of(dest).unwrap_or(0);
    let mut bytes = Vec::new();
    let mut read = 0;
    for c in char::decode_utf16(vm.heap.str(source).iter().copied()) {
        let c = c.unwrap_or('\u{FFFD}');
        let mut utf8 = [0u8; 4];
        let encoded = c.encode_utf8(&mut utf8).as_bytes();
        if bytes.len() + encoded.len() > room {
            break;
        }
        bytes.extend_from_slice(encoded);
        // A replaced lone surrogate was one code unit; every other non-BMP scalar two.
        read += if c == '\u{FFFD}' { 1 } else { c.len_utf16() };
    }
    vm.buffer_write(buffer, offset, &bytes);
    let result = vm.new_object();
    let read_key = vm.key_str("read");
    vm.create_data_property_or_throw(result, read_key, Value::Number(read as f64))?;
    let written_key = vm.key_str("written");
    vm.create_data_property_or_throw(result, written_key, Value::Number(bytes.len() as f64))?;
    Ok(Value::Object(result))
}

/// new TextDecoder ( [ label = "utf-8" [ , options ] ] ) (§7.2.1), in Node's order: the
/// label's ToString, the options' type, the label's lookup, then `fatal` and `ignoreBOM`.
fn text_decoder_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let proto = construct_with(vm, cx, "TextDecoder", |i| i.extra["%TextDecoder.prototype%"])?;
    vm.root(Value::Object(proto));
    let label = match arg(args, 0) {
        Value::Undefined => "utf-8".to_string(),
        v => {
            let s = vm.to_string(v)?;
            vm.rust_string(s)
        }
    };
    let options = match arg(args, 1) {
        Value::Undefined | Value::Null => None,
        Value::Object(o) => Some(o),
        v => {
            let msg = format!("The \"options\" argument must be of type object. Received {}", received(vm, v)?);
            return Err(node_error(vm, ErrorType::TypeError, "ERR_INVALID_ARG_TYPE", &msg));
        }
    };
    // "get an encoding" (§4.2): ASCII whitespace trimmed, ASCII case-insensitive; the
    // replacement encoding's labels are a RangeError too.
    let encoding = match Encoding::for_label(label.as_bytes()) {
        Some(e) if e != encoding_rs::REPLACEMENT => e,
        // Node names the replacement encoding instead of the label that maps to it.
        found => {
            let shown = if found.is_some() { "replacement" } else { &label };
            let msg = format!("The \"{shown}\" encoding is not supported");
            return Err(node_error(vm, ErrorType::RangeError, "ERR_ENCODING_NOT_SUPPORTED", &msg));
        }
    };
    let (mut fatal, mut ignore_bom) = (false, false);
    if let Some(o) = options {
        let v = vm.get_str(o, "fatal")?;
        fatal = vm.to_boolean(v);
        let v = vm.get_str(o, "ignoreBOM")?;
        ignore_bom = vm.to_boolean(v);
    }
    let state: Box<dyn std::any::Any> = Box::new(TextDecoderState { encoding, fatal, ignore_bom, decoder: None });
    Ok(Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::HostData(state)))))
}

/// The receiver's TextDecoder state, or Node's ERR_INVALID_THIS.
fn this_decoder(vm: &mut Vm, this: Value) -> JsResult<&mut TextDecoderState> {
    let is_decoder = matches!(this, Value::Object(o)
        if matches!(&vm.obj(o).kind, ObjectKind::HostData(d) if d.is::<TextDecoderState>()));
    match this {
        Value::Object(o) if is_decoder => match &mut vm.obj_mut(o).kind {
            ObjectKind::HostData(d) => Ok(d.downcast_mut::<TextDecoderState>().expect("checked")),
            _ => unreachable!("checked above"),
        },
        _ => Err(invalid_this(vm, "TextDecoder")),
    }
}

/// get TextDecoder.prototype.encoding: the encoding's name, lowercased (§7.1).
fn decoder_encoding(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let name = this_decoder(vm, cx.this)?.encoding.name().to_ascii_lowercase();
    Ok(vm.string(&name))
}

/// get TextDecoder.prototype.fatal
fn decoder_fatal(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(this_decoder(vm, cx.this)?.fatal))
}

/// get TextDecoder.prototype.ignoreBOM
fn decoder_ignore_bom(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(this_decoder(vm, cx.this)?.ignore_bom))
}

/// A copy of the bytes a BufferSource (ArrayBuffer, SharedArrayBuffer or ArrayBufferView)
/// holds (WebIDL "get a copy of the buffer source"; nothing for a detached or
/// out-of-bounds view), or None for anything else.
pub fn buffer_source_bytes(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    let Value::Object(o) = v else { return None };
    let (buffer, offset, len) = match &vm.obj(o).kind {
        ObjectKind::ArrayBuffer(_) | ObjectKind::SharedArrayBuffer(_) => (o, 0, vm.buffer_byte_length(o)),
        ObjectKind::TypedArray(t) => {
            let len = vm.typed_array_length(t).unwrap_or(0) * t.ty.size();
            (t.buffer, t.byte_offset, len)
        }
        ObjectKind::DataView(d) => {
            let buf_len = if vm.is_detached_buffer(d.buffer) { 0 } else { vm.buffer_byte_length(d.buffer) };
            let len = match d.byte_length {
                Some(n) if d.byte_offset.checked_add(n).is_some_and(|end| end <= buf_len) => n,
                None if d.byte_offset <= buf_len => buf_len - d.byte_offset,
                _ => 0,
            };
            (d.buffer, d.byte_offset, len)
        }
        _ => return None,
    };
    let mut bytes = vec![0u8; len];
    vm.buffer_read(buffer, offset, &mut bytes);
    Some(bytes)
}

/// TextDecoder.prototype.decode ( [ input [ , options ] ] ) (§7.2.2). A call that does not
/// stream flushes: the decoder ends (an incomplete sequence becomes U+FFFD, or the fatal
/// TypeError) and the next call starts a new one, with its BOM handling.
fn decode(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    this_decoder(vm, cx.this)?;
    let input = arg(args, 0);
    let bytes = match input {
        Value::Undefined => Vec::new(),
        v => match buffer_source_bytes(vm, v) {
            Some(b) => b,
            None => {
                // Node's UTF-8 decoder (a native fast path) names the argument "list".
                let utf8 = this_decoder(vm, cx.this)?.encoding == encoding_rs::UTF_8;
                let arg_name = if utf8 { "list" } else { "input" };
                let msg = format!(
                    "The \"{arg_name}\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView."
                );
                return Err(node_error(vm, ErrorType::TypeError, "ERR_INVALID_ARG_TYPE", &msg));
            }
        },
    };
    // Node reads `stream` from any options value (a primitive has none).
    let stream = match arg(args, 1) {
        Value::Object(o) => {
            let v = vm.get_str(o, "stream")?;
            vm.to_boolean(v)
        }
        _ => false,
    };
    let state = this_decoder(vm, cx.this)?;
    let mut decoder = state.decoder.take().unwrap_or_else(|| {
        if state.ignore_bom {
            state.encoding.new_decoder_without_bom_handling()
        } else {
            state.encoding.new_decoder_with_bom_removal()
        }
    });
    let fatal = state.fatal;
    let name = state.encoding.name();
    let out = run_decoder(&mut decoder, &bytes, !stream, fatal);
    if stream {
        this_decoder(vm, cx.this)?.decoder = Some(decoder);
    }
    match out {
        Some(units) => Ok(vm.string_units(units)),
        None => {
            let msg = format!("The encoded data was not valid for encoding {}", name.to_ascii_lowercase());
            Err(node_error(vm, ErrorType::TypeError, "ERR_ENCODING_INVALID_ENCODED_DATA", &msg))
        }
    }
}

/// Runs `decoder` over all of `bytes` (`last` ends the stream): the UTF-16 output, or None
/// at the first malformed sequence when `fatal`.
fn run_decoder(decoder: &mut Decoder, bytes: &[u8], last: bool, fatal: bool) -> Option<Vec<u16>> {
    // The bound is exact for every encoding; growing on OutputFull only guards against a
    // decoder that needs more.
    let mut out = vec![0u16; decoder.max_utf16_buffer_length(bytes.len()).unwrap_or(bytes.len()).max(4)];
    let (mut read, mut written) = (0, 0);
    loop {
        let full = if fatal {
            let (r, n, w) = decoder.decode_to_utf16_without_replacement(&bytes[read..], &mut out[written..], last);
            read += n;
            written += w;
            match r {
                DecoderResult::InputEmpty => false,
                DecoderResult::OutputFull => true,
                DecoderResult::Malformed(_, _) => return None,
            }
        } else {
            let (r, n, w, _) = decoder.decode_to_utf16(&bytes[read..], &mut out[written..], last);
            read += n;
            written += w;
            r == CoderResult::OutputFull
        };
        if !full {
            out.truncate(written);
            return Some(out);
        }
        let grown = out.len() * 2;
        out.resize(grown, 0);
    }
}
