//! Serializing in one engine and deserializing in another (the workers' use), cycles, and
//! the errors of the algorithm.

use super::*;
use crate::vm::{Vm, VmOptions};

fn eval(vm: &mut Vm, src: &str) -> Value {
    match vm.eval_script(src, "test.js") {
        Ok(v) => v,
        Err(_) => panic!("script failed: {src}"),
    }
}

fn global(vm: &mut Vm, name: &str, v: Value) {
    let g = vm.global_object();
    let k = vm.key_str(name);
    vm.define_direct(g, k, v, crate::object::property::DEFAULT_ATTRS);
}

fn string_of(vm: &mut Vm, src: &str) -> String {
    let v = eval(vm, src);
    vm.to_rust_string(v).unwrap()
}

#[test]
fn serialized_values_can_cross_threads() {
    fn assert_send<T: Send>() {}
    assert_send::<Serialized>();
    assert_send::<CloneError>();
}

#[test]
fn a_graph_moves_between_engines_on_two_threads() {
    let mut a = Vm::new(VmOptions::default());
    let v = eval(
        &mut a,
        "var o = { n: -0, s: 'x', b: 12345678901234567890n, d: new Date(5), r: /a+/gi, list: [1, , 3] };
         o.self = o; o.m = new Map([[o, o.list]]); o.set = new Set([o.list]); o",
    );
    let serialized = structured_serialize(&mut a, v).unwrap_or_else(|_| panic!("serializable"));
    let handle = std::thread::spawn(move || {
        let mut b = Vm::new(VmOptions::default());
        let v = structured_deserialize(&mut b, serialized);
        global(&mut b, "c", v);
        string_of(
            &mut b,
            "[Object.is(c.n, -0), c.s, c.b, c.d.getTime(), String(c.r), c.r.lastIndex, c.list.length, 1 in c.list,
              c.self === c, c.m.get(c) === c.list, c.set.has(c.list)].join()",
        )
    });
    let out = handle.join().unwrap();
    assert_eq!(out, "true,x,12345678901234567890,5,/a+/gi,0,3,false,true,true,true");
}

#[test]
fn shared_array_buffers_share_their_block() {
    let mut a = Vm::new(VmOptions::default());
    let block = crate::binary::SharedBlock::new(4, None).unwrap();
    let proto = a.intrinsics().object_prototype;
    let sab = a.heap.alloc_object(crate::object::Object::new(
        Some(proto),
        crate::object::ObjectKind::SharedArrayBuffer(block.clone()),
    ));
    let serialized = structured_serialize(&mut a, Value::Object(sab)).unwrap_or_else(|_| panic!("serializable"));
    let mut b = Vm::new(VmOptions::default());
    let Value::Object(copy) = structured_deserialize(&mut b, serialized) else { panic!("an object") };
    let crate::object::ObjectKind::SharedArrayBuffer(other) = &b.obj(copy).kind else { panic!("a SAB") };
    assert!(std::sync::Arc::ptr_eq(other, &block));
}

#[test]
fn transfer_moves_the_bytes_and_detaches_the_source() {
    let mut a = Vm::new(VmOptions::default());
    let v = eval(&mut a, "var buf = new ArrayBuffer(3); var u = new Uint8Array(buf); u[1] = 7; [buf, u]");
    let Value::Object(buf) = eval(&mut a, "buf") else { panic!("an object") };
    let serialized = structured_serialize_with_transfer(&mut a, v, &[buf]).unwrap_or_else(|_| panic!("transferable"));
    assert!(a.is_detached_buffer(buf));
    let mut b = Vm::new(VmOptions::default());
    let v = structured_deserialize(&mut b, serialized);
    global(&mut b, "c", v);
    assert_eq!(string_of(&mut b, "[c[1].buffer === c[0], c[0].byteLength, c[1][1]].join()"), "true,3,7");
}

#[test]
fn data_clone_errors_carry_v8_messages() {
    let mut a = Vm::new(VmOptions::default());
    for (src, msg) in [
        ("(function () {})", "function () {} could not be cloned."),
        ("Symbol('s')", "Symbol(s) could not be cloned."),
        ("new WeakMap", "#<WeakMap> could not be cloned."),
        ("new Proxy([], {})", "[object Array] could not be cloned."),
        ("Object(Symbol())", "[object Symbol] could not be cloned."),
        ("(function () { return arguments })()", "#<Object> could not be cloned."),
    ] {
        let v = eval(&mut a, src);
        match structured_serialize(&mut a, v) {
            Err(CloneError::DataClone(m)) => assert_eq!(m, msg, "{src}"),
            _ => panic!("{src} should not be cloneable"),
        }
    }
    let v = eval(&mut a, "var b = new ArrayBuffer(1); b");
    let Value::Object(b) = v else { panic!("an object") };
    assert!(matches!(
        structured_serialize_with_transfer(&mut a, Value::Undefined, &[b, b]),
        Err(CloneError::DataClone(m)) if m == "Transfer list contains duplicate ArrayBuffer"
    ));
    // Nothing was detached by the failed transfer.
    assert!(!a.is_detached_buffer(b));
}

#[test]
fn deep_nesting_is_a_range_error() {
    let mut a = Vm::new(VmOptions::default());
    let v = eval(&mut a, "var d = []; for (var i = 0; i < 100000; i++) d = [d]; d");
    assert!(matches!(structured_serialize(&mut a, v), Err(CloneError::Thrown(_))));
    let v = eval(&mut a, "var d = []; for (var i = 0; i < 1000; i++) d = [d]; d");
    assert!(structured_serialize(&mut a, v).is_ok());
}
