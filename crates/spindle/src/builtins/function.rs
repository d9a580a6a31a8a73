//! Function objects (ECMA-262 §20.2): the Function constructor and Function.prototype.

use super::arg;
use crate::object::property::*;
use crate::object::{BoundData, NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Packed, Value};
use crate::vm::{JsResult, Vm};

/// Function.prototype is itself callable and returns undefined (ECMA-262 §20.2.3).
pub fn function_prototype_call_noop(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Undefined)
}

pub fn init(vm: &mut Vm) {
    let fp = vm.intrinsics().function_prototype;
    vm.define_direct(fp, PropertyKey::String(vm.names.length), Value::Number(0.0), CONFIGURABLE);
    let empty = Value::String(vm.names.empty);
    vm.define_direct(fp, PropertyKey::String(vm.names.name), empty, CONFIGURABLE);
    let ctor = vm.def_constructor("Function", 1, function_constructor, fp);
    vm.intrinsics_mut().function = ctor;
    let call_fn = vm.def_method(fp, "call", 1, call);
    let apply_fn = vm.def_method(fp, "apply", 2, apply);
    vm.intrinsics_mut().function_call = Some(call_fn);
    vm.intrinsics_mut().function_apply = Some(apply_fn);
    vm.def_method(fp, "bind", 1, bind);
    vm.def_method(fp, "toString", 0, to_string);
    let hi = vm.sym.has_instance;
    let f = vm.new_native("[Symbol.hasInstance]", 1, has_instance, false);
    vm.define_direct(fp, PropertyKey::Symbol(hi), Value::Object(f), 0);
    // %ThrowTypeError% (ECMA-262 §10.2.4.1) and the restricted caller/arguments accessors.
    let tte = vm.new_native("", 0, throw_type_error, false);
    vm.define_direct(tte, PropertyKey::String(vm.names.length), Value::Number(0.0), 0);
    vm.define_direct(tte, PropertyKey::String(vm.names.name), empty, 0);
    vm.obj_mut(tte).extensible = false;
    vm.intrinsics_mut().throw_type_error = tte;
    for name in ["caller", "arguments"] {
        let k = vm.key_str(name);
        vm.store_property(
            fp,
            k,
            Property { slot: Slot::Accessor(Value::Object(tte), Value::Object(tte)), attrs: CONFIGURABLE },
        );
    }
}

fn throw_type_error(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Err(vm.type_error("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them"))
}

pub(crate) const CALL_ON_NON_FUNCTION: &str = "Function.prototype.call called on non-function";
pub(crate) const APPLY_ON_NON_FUNCTION: &str = "Function.prototype.apply was called on a non-function";

/// Function.prototype.call (ECMA-262 §20.2.3.3); called from bytecode, its steps are
/// `Vm::call_or_apply_from_bytecode`'s.
fn call(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if !vm.is_callable(cx.this) {
        return Err(vm.type_error(CALL_ON_NON_FUNCTION));
    }
    let rest = if args.is_empty() { &[][..] } else { &args[1..] };
    vm.call(cx.this, arg(args, 0), rest)
}

/// Function.prototype.apply (ECMA-262 §20.2.3.1); called from bytecode, see `call` above.
fn apply(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if !vm.is_callable(cx.this) {
        return Err(vm.type_error(APPLY_ON_NON_FUNCTION));
    }
    let list = create_list_from_array_like(vm, arg(args, 1))?;
    vm.call(cx.this, arg(args, 0), &list)
}

/// CreateListFromArrayLike (ECMA-262 §7.3.19); undefined/null give an empty list.
pub fn create_list_from_array_like(vm: &mut Vm, v: Value) -> JsResult<Vec<Value>> {
    match v {
        Value::Undefined | Value::Null => Ok(Vec::new()),
        Value::Object(o) => {
            if let Some(list) = dense_list(vm, o) {
                return Ok(list);
            }
            let len = vm.length_of_array_like(o)?;
            let mut out = Vec::with_capacity(len.min(65536.0) as usize);
            for i in 0..len as u64 {
                let k = if i < u32::MAX as u64 { PropertyKey::Index(i as u32) } else { vm.key_str(&i.to_string()) };
                // A later element's getter may collect: the elements read so far stay rooted
                // (until the native returns, or until the interpreter's caller has stored them).
                let x = vm.get(o, k, v)?;
                vm.root(x);
                out.push(x);
            }
            Ok(out)
        }
        _ => Err(vm.type_error("CreateListFromArrayLike called on non-object")),
    }
}

/// CreateListFromArrayLike's answer read straight from an array or arguments object whose
/// `length` is a plain number and whose first `length` elements are all present in its dense
/// storage (`f.apply(this, arguments)`, `g.apply(null, array)`): each Get would find an own
/// data element, so no getter and no prototype can be observed.
fn dense_list(vm: &Vm, o: ObjId) -> Option<Vec<Value>> {
    let obj = vm.obj(o);
    let len = match &obj.kind {
        ObjectKind::Array { length, .. } => *length as usize,
        ObjectKind::Arguments(_) => match obj.props.get(PropertyKey::String(vm.names.length))?.slot {
            Slot::Data(Value::Number(n)) if n >= 0.0 && n.fract() == 0.0 && n <= obj.elements.len() as f64 => {
                n as usize
            }
            _ => return None,
        },
        _ => return None,
    };
    let elements = obj.elements.get(..len)?;
    if elements.contains(&Packed::EMPTY) {
        return None;
    }
    Some(match &obj.kind {
        // Mapped arguments keep a mapped parameter's value in the function's environment.
        ObjectKind::Arguments(Some(m)) => elements
            .iter()
            .enumerate()
            .map(|(i, v)| match m.map.get(i) {
                Some(Some(slot)) => vm.heap.env(m.env).slots[*slot as usize].get(),
                _ => v.get(),
            })
            .collect(),
        _ => elements.iter().map(|v| v.get()).collect(),
    })
}

/// Function.prototype.bind (ECMA-262 §20.2.3.2)
fn bind(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Value::Object(target) = cx.this else {
        return Err(vm.type_error("Bind must be called on a function"));
    };
    if !vm.is_callable(cx.this) {
        return Err(vm.type_error("Bind must be called on a function"));
    }
    let bound_args: Vec<Value> = args.iter().skip(1).copied().collect();
    let proto = vm.get_prototype_of(target)?;
    let nargs = bound_args.len() as f64;
    let f = vm.heap.alloc_object(Object::new(
        proto,
        ObjectKind::Bound(Box::new(BoundData { target, this: arg(args, 0), args: bound_args })),
    ));
    vm.root(Value::Object(f));
    // length
    let mut len = 0.0;
    if vm.own_property(target, PropertyKey::String(vm.names.length)).is_some() {
        let l = vm.get(target, PropertyKey::String(vm.names.length), cx.this)?;
        if let Value::Number(n) = l {
            if n == f64::INFINITY {
                len = f64::INFINITY;
            } else if n.is_finite() {
                len = (n.trunc() - nargs).max(0.0);
            }
        }
    }
    vm.define_direct(f, PropertyKey::String(vm.names.length), Value::Number(len), CONFIGURABLE);
    // SetFunctionName(F, targetName, "bound"). The name is a rope over the target's name,
    // so a chain of n binds costs O(n) memory, not the O(n²) of n flat "bound bound …" copies.
    let name = vm.get(target, PropertyKey::String(vm.names.name), cx.this)?;
    let prefix = vm.heap.intern_str("bound ");
    let n = match name {
        Value::String(s) if vm.heap.str_len(s) > 0 => {
            if vm.heap.str_len(s) + 6 > crate::vm::ops::MAX_STRING_LEN {
                return Err(vm.range_error("Invalid string length"));
            }
            Value::String(vm.heap.alloc_rope(prefix, s))
        }
        _ => Value::String(prefix),
    };
    vm.define_direct(f, PropertyKey::String(vm.names.name), n, CONFIGURABLE);
    Ok(Value::Object(f))
}

/// Function.prototype.toString (ECMA-262 §20.2.3.5): source text for ECMAScript functions.
fn to_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let text = match cx.this {
        Value::Object(o) => function_source_text(vm, o),
        _ => None,
    };
    match text {
        Some(text) => Ok(vm.string(&text)),
        None => Err(vm.type_error("Function.prototype.toString requires that 'this' be a Function")),
    }
}

/// The text Function.prototype.toString gives for function object `o` (its source text,
/// or V8's NativeFunction form for built-in, bound and proxy functions); None for objects
/// that are not functions.
pub(crate) fn function_source_text(vm: &Vm, o: ObjId) -> Option<String> {
    let text = match &vm.obj(o).kind {
        ObjectKind::Function(fd) => {
            let (s, e) = fd.code.source_span;
            fd.code.source().get(s as usize..e as usize).map(str::to_string).unwrap_or_default()
        }
        ObjectKind::Native { .. } => {
            let name = vm.peek_string_prop(o, vm.names.name).unwrap_or_default();
            format!("function {name}() {{ [native code] }}")
        }
        // V8 prints bound functions anonymously.
        ObjectKind::Bound(_) => "function () { [native code] }".to_string(),
        ObjectKind::Proxy(p) if p.callable => "function () { [native code] }".to_string(),
        _ => return None,
    };
    Some(text)
}

/// Function.prototype[@@hasInstance] (ECMA-262 §20.2.3.6)
fn has_instance(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(vm.ordinary_has_instance(cx.this, arg(args, 0))?))
}

/// The Function constructor (ECMA-262 §20.2.1.1 CreateDynamicFunction).
fn function_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    create_dynamic_function(vm, cx.new_target, args, "function")
}

/// One part of CreateDynamicFunction's text, wrapped as a lone function expression: a
/// SyntaxError unless it parses as exactly that (with the compiler's message when it does
/// not parse at all).
fn check_part(vm: &mut Vm, text: &str, invalid: &str) -> JsResult<()> {
    if crate::compiler::is_single_function_expression(text) {
        return Ok(());
    }
    match crate::compiler::compile_script(&mut vm.heap, text, "anonymous") {
        Err(e) => Err(vm.syntax_error(&e.message)),
        Ok(_) => Err(vm.syntax_error(invalid)),
    }
}

/// CreateDynamicFunction (ECMA-262 §20.2.1.1.1) for `kind` "function", "function*",
/// "async function" or "async function*".
pub fn create_dynamic_function(
    vm: &mut Vm,
    new_target: Option<crate::value::ObjId>,
    args: &[Value],
    kind: &str,
) -> JsResult<Value> {
    let mut params = Vec::new();
    for a in args.iter().take(args.len().saturating_sub(1)) {
        params.push(vm.to_rust_string(*a)?);
    }
    let body = match args.last() {
        Some(b) if !args.is_empty() => vm.to_rust_string(*b)?,
        _ => String::new(),
    };
    let p = params.join(",");
    // The parameters and body must each parse on their own (steps 17-19), so neither can
    // close the function early or open a comment the other closes. The parameters are
    // parsed alone; the body's check is the whole function's compilation (step 28), which
    // must leave one function expression (`compile_dynamic_function`): a large body is
    // parsed once. Only when that fails is the body parsed alone, for its own message.
    let check_params = format!("({kind}({p}\n) {{}})");
    check_part(vm, &check_params, "Invalid function parameters")?;
    let head = format!("({kind} anonymous({p}\n) {{\n");
    const TAIL: &str = "\n})";
    let src = format!("{head}{body}{TAIL}");
    // Only the compiled text is kept during the compile (a large body is not held twice).
    drop(body);
    // The function's [[ScriptOrModule]] is the caller's (CreateDynamicFunction step 4 via
    // OrdinaryFunctionCreate): an `import()` inside resolves against the caller's module.
    let module = vm.frames.last().and_then(|f| f.code.module);
    vm.collect_before_compile(src.len(), new_target.map(Value::Object).as_slice())?;
    let code = match crate::compiler::compile_dynamic_function(&mut vm.heap, &src, module) {
        Ok(Some(c)) => c,
        failed => {
            let body = &src[head.len()..src.len() - TAIL.len()];
            let check_body = format!("({kind}() {{\n{body}\n}})");
            check_part(vm, &check_body, "Invalid function body")?;
            return Err(match failed {
                Err(e) => vm.syntax_error(&e.message),
                _ => vm.syntax_error("Invalid function body"),
            });
        }
    };
    let this = Value::Object(vm.current_realm().global_this);
    let realm = vm.realm;
    let f = vm.run_frame(code, None, this, Value::Undefined, None, &[], realm)?;
    // GetPrototypeFromConstructor(newTarget, fallbackProto) for subclassing and cross-realm
    // construction.
    if let (Some(nt), Value::Object(fo)) = (new_target, f) {
        let proto = match kind {
            "function*" => vm.get_prototype_from_constructor(nt, |i| i.extra["%GeneratorFunction.prototype%"])?,
            "async function" => vm.get_prototype_from_constructor(nt, |i| i.extra["%AsyncFunction.prototype%"])?,
            "async function*" => {
                vm.get_prototype_from_constructor(nt, |i| i.extra["%AsyncGeneratorFunction.prototype%"])?
            }
            _ => vm.get_prototype_from_constructor(nt, |i| i.function_prototype)?,
        };
        vm.obj_mut(fo).set_proto(Some(proto));
    }
    Ok(f)
}
