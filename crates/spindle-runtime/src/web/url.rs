//! The URL parser behind the `URL` class (`node/js/internal/url.js`): the `url` crate,
//! which implements the URL Standard's basic URL parser, its setters (`url::quirks`, the
//! "API" section of the standard) and the domain-to-ASCII/Unicode algorithms. JavaScript
//! sees it as the built-in-only module `internal/url/binding`.

use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::object::property::DEFAULT_ATTRS;
use spindle::vm::{JsResult, Vm};
use url::{Url, quirks};

/// The binding's exports.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    vm.def_method(o, "parse", 2, parse);
    vm.def_method(o, "set", 3, set);
    vm.def_method(o, "domainToASCII", 1, domain_to_ascii);
    vm.def_method(o, "domainToUnicode", 1, domain_to_unicode);
    Value::Object(o)
}

/// URL Standard §4.4 basic URL parser, with `base` parsed first (a failure of either is
/// `None`).
fn parse_with_base(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        Some(b) => {
            let base = Url::parse(b).ok()?;
            Url::options().base_url(Some(&base)).parse(input).ok()
        }
        None => Url::parse(input).ok(),
    }
}

/// The URL's components as the URL Standard's getters give them.
fn components(vm: &mut Vm, url: &Url) -> Value {
    let o = vm.new_object();
    let parts: [(&str, &str); 10] = [
        ("href", quirks::href(url)),
        ("protocol", quirks::protocol(url)),
        ("username", quirks::username(url)),
        ("password", quirks::password(url)),
        ("host", quirks::host(url)),
        ("hostname", quirks::hostname(url)),
        ("port", quirks::port(url)),
        ("pathname", quirks::pathname(url)),
        ("search", quirks::search(url)),
        ("hash", quirks::hash(url)),
    ];
    let origin = quirks::origin(url);
    let v = vm.string(&origin);
    vm.def_value(o, "origin", v, DEFAULT_ATTRS);
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
/// null when the `href` setter's parse failed.
fn set(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let href = vm.to_rust_string(arg(args, 0))?;
    let name = vm.to_rust_string(arg(args, 1))?;
    let value = vm.to_rust_string(arg(args, 2))?;
    let Ok(mut url) = Url::parse(&href) else { return Ok(Value::Null) };
    match name.as_str() {
        "href" if quirks::set_href(&mut url, &value).is_err() => return Ok(Value::Null),
        // The other setters leave the URL as it was when they reject the value.
        "protocol" => {
            let _ = quirks::set_protocol(&mut url, &value);
        }
        "username" => {
            let _ = quirks::set_username(&mut url, &value);
        }
        "password" => {
            let _ = quirks::set_password(&mut url, &value);
        }
        "host" => {
            let _ = quirks::set_host(&mut url, &value);
        }
        "hostname" => {
            let _ = quirks::set_hostname(&mut url, &value);
        }
        "port" => {
            let _ = quirks::set_port(&mut url, &value);
        }
        "pathname" => quirks::set_pathname(&mut url, &value),
        "search" => quirks::set_search(&mut url, &value),
        "hash" => quirks::set_hash(&mut url, &value),
        _ => {}
    }
    Ok(components(vm, &url))
}

/// binding.domainToASCII(domain) (URL Standard §3.5 domain to ASCII, '' on failure).
fn domain_to_ascii(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let domain = vm.to_rust_string(arg(args, 0))?;
    Ok(vm.string(&quirks::domain_to_ascii(&domain)))
}

/// binding.domainToUnicode(domain) ('' on failure).
fn domain_to_unicode(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let domain = vm.to_rust_string(arg(args, 0))?;
    Ok(vm.string(&quirks::domain_to_unicode(&domain)))
}
