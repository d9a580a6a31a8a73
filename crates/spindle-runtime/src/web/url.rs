//! The URL parser behind the `URL` class (`node/js/internal/url.js`): `ada-url`, the Rust
//! binding of ada — the WHATWG URL Standard parser Node itself uses, with the standard's
//! setters (the "API" section) and IDNA domain conversion. JavaScript sees it as the
//! built-in-only module `internal/url/binding`.
//!
//! Why ada and not the `url` crate (which module resolution keeps using for file URLs):
//! `url` 2.5.9 still fails 68 of the URL web-platform-tests this runtime is measured by
//! (its own `tests/expected_failures.txt` lists them: file-URL hosts and slashes, opaque
//! paths with trailing spaces, non-special `/.//` paths), while ada passes them and is what
//! Node's `URL` observably does.

use ada_url::Url;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::object::property::DEFAULT_ATTRS;
use spindle::vm::{JsResult, Vm};

/// The binding's exports.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    vm.def_method(o, "parse", 2, parse);
    vm.def_method(o, "set", 3, set);
    vm.def_method(o, "domainToASCII", 1, domain_to_ascii);
    vm.def_method(o, "domainToUnicode", 1, domain_to_unicode);
    vm.def_method(o, "markNotSerializable", 1, crate::worker::transfer::mark_not_serializable);
    Value::Object(o)
}

/// URL Standard §4.4 basic URL parser, with `base` parsed first (a failure of either is
/// `None`).
fn parse_with_base(input: &str, base: Option<&str>) -> Option<Url> {
    Url::parse(input, base).ok()
}

/// The URL's components as the URL Standard's getters give them.
fn components(vm: &mut Vm, url: &Url) -> Value {
    let o = vm.new_object();
    let origin = url.origin();
    let parts: [(&str, &str); 11] = [
        ("href", url.href()),
        ("origin", &origin),
        ("protocol", url.protocol()),
        ("username", url.username()),
        ("password", url.password()),
        ("host", url.host()),
        ("hostname", url.hostname()),
        ("port", url.port()),
        ("pathname", url.pathname()),
        ("search", url.search()),
        ("hash", url.hash()),
    ];
    for (name, text) in parts {
        let v = vm.string(text);
        vm.def_value(o, name, v, DEFAULT_ATTRS);
    }
    Value::Object(o)
}

fn string_arg(vm: &mut Vm, v: Value) -> JsResult<Option<String>> {
    if v.is_undefined() { Ok(None) } else { vm.to_rust_string(v).map(Some) }
}

/// binding.parse(input, base): the components, or null.
fn parse(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let input = vm.to_rust_string(arg(args, 0))?;
    let base = string_arg(vm, arg(args, 1))?;
    Ok(match parse_with_base(&input, base.as_deref()) {
        Some(url) => components(vm, &url),
        None => Value::Null,
    })
}

/// binding.set(href, name, value): the URL after the standard's setter `name` ran, or
/// null when the `href` setter's parse failed. The other setters leave the URL as it was
/// when they reject the value, as the standard says.
fn set(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let href = vm.to_rust_string(arg(args, 0))?;
    let name = vm.to_rust_string(arg(args, 1))?;
    let value = vm.to_rust_string(arg(args, 2))?;
    let Some(mut url) = parse_with_base(&href, None) else { return Ok(Value::Null) };
    let v = Some(value.as_str());
    match name.as_str() {
        "href" if url.set_href(&value).is_err() => return Ok(Value::Null),
        "protocol" => {
            let _ = url.set_protocol(&value);
        }
        "username" => {
            let _ = url.set_username(v);
        }
        "password" => {
            let _ = url.set_password(v);
        }
        "host" => {
            let _ = url.set_host(v);
        }
        "hostname" => {
            let _ = url.set_hostname(v);
        }
        "port" => {
            let _ = url.set_port(v);
        }
        "pathname" => {
            let _ = url.set_pathname(v);
        }
        "search" => url.set_search(v),
        "hash" => url.set_hash(v),
        _ => {}
    }
    Ok(components(vm, &url))
}

/// binding.domainToASCII(domain) (URL Standard §3.5 domain to ASCII; '' on failure): the
/// host parser's result for a special URL's host, as Node's url.domainToASCII.
fn domain_to_ascii(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let domain = vm.to_rust_string(arg(args, 0))?;
    let out = match Url::parse(format!("ws://{domain}").as_str(), None) {
        Ok(url) => url.hostname().to_string(),
        Err(_) => String::new(),
    };
    Ok(vm.string(&out))
}

/// binding.domainToUnicode(domain) ('' on failure).
fn domain_to_unicode(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let domain = vm.to_rust_string(arg(args, 0))?;
    let ascii = match Url::parse(format!("ws://{domain}").as_str(), None) {
        Ok(url) => url.hostname().to_string(),
        Err(_) => return Ok(vm.string("")),
    };
    Ok(vm.string(&ada_url::Idna::unicode(&ascii)))
}
