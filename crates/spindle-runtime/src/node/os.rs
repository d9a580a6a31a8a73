//! `internal/os/binding`: what `node:os` (`js/os.js`, Node: lib/os.js) asks of the system
//! (Node: src/node_os.cc) — uname, memory, CPUs, load, uptime, the user. Linux reads /proc;
//! elsewhere the figures it cannot get are zero.

use spindle::Value;
use spindle::object::NativeCall;
use spindle::object::property::DEFAULT_ATTRS;
use spindle::vm::{JsResult, Vm};

/// The binding's exports.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    let methods: [(&str, spindle::object::NativeFn); 10] = [
        ("hostname", hostname),
        ("uname", uname),
        ("memory", memory),
        ("cpus", cpus),
        ("loadavg", loadavg),
        ("uptime", uptime),
        ("homedir", homedir),
        ("userInfo", user_info),
        ("availableParallelism", available_parallelism),
        ("networkInterfaces", network_interfaces),
    ];
    for (name, f) in methods {
        vm.def_method(o, name, 0, f);
    }
    Value::Object(o)
}

fn text(c: &std::ffi::CStr) -> String {
    c.to_string_lossy().into_owned()
}

fn hostname(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(vm.string(&text(rustix::system::uname().nodename())))
}

/// uname(2): `{ sysname, release, version, machine }`.
fn uname(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let u = rustix::system::uname();
    let o = vm.new_object();
    for (name, value) in
        [("sysname", u.sysname()), ("release", u.release()), ("version", u.version()), ("machine", u.machine())]
    {
        let v = vm.string(&text(value));
        vm.def_value(o, name, v, DEFAULT_ATTRS);
    }
    Ok(Value::Object(o))
}

/// A field of /proc/meminfo in bytes.
fn meminfo(field: &str) -> Option<f64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with(field))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024.0)
}

/// `{ total, free }` in bytes (free is MemAvailable, as libuv's uv_get_free_memory).
fn memory(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = vm.new_object();
    let total = meminfo("MemTotal:").unwrap_or(0.0);
    let free = meminfo("MemAvailable:").or_else(|| meminfo("MemFree:")).unwrap_or(0.0);
    vm.def_value(o, "total", Value::Number(total), DEFAULT_ATTRS);
    vm.def_value(o, "free", Value::Number(free), DEFAULT_ATTRS);
    Ok(Value::Object(o))
}

/// One entry per CPU: model and speed from /proc/cpuinfo, times (ms) from /proc/stat.
fn cpus(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let models: Vec<&str> = info
        .lines()
        .filter(|l| l.starts_with("model name"))
        .filter_map(|l| l.split_once(':'))
        .map(|(_, m)| m.trim())
        .collect();
    let speeds: Vec<f64> = info
        .lines()
        .filter(|l| l.starts_with("cpu MHz"))
        .filter_map(|l| l.split_once(':'))
        .map(|(_, m)| m.trim().parse::<f64>().map_or(0.0, f64::floor))
        .collect();
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let mut out = Vec::new();
    for (i, line) in stat.lines().filter(|l| l.starts_with("cpu") && !l.starts_with("cpu ")).enumerate() {
        // user nice system idle iowait irq …, in clock ticks of 10 ms.
        let f: Vec<f64> = line.split_whitespace().skip(1).filter_map(|x| x.parse().ok()).collect();
        let tick = |k: usize| f.get(k).copied().unwrap_or(0.0) * 10.0;
        let cpu = vm.new_object();
        vm.root(Value::Object(cpu));
        let model = vm.string(models.get(i).copied().unwrap_or("unknown"));
        vm.def_value(cpu, "model", model, DEFAULT_ATTRS);
        vm.def_value(cpu, "speed", Value::Number(speeds.get(i).copied().unwrap_or(0.0)), DEFAULT_ATTRS);
        let times = vm.new_object();
        for (name, k) in [("user", 0), ("nice", 1), ("sys", 2), ("idle", 3), ("irq", 5)] {
            vm.def_value(times, name, Value::Number(tick(k)), DEFAULT_ATTRS);
        }
        vm.def_value(cpu, "times", Value::Object(times), DEFAULT_ATTRS);
        out.push(Value::Object(cpu));
    }
    Ok(Value::Object(vm.new_array(out)))
}

fn loadavg(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let mut loads: Vec<Value> =
        text.split_whitespace().take(3).map(|x| Value::Number(x.parse().unwrap_or(0.0))).collect();
    loads.resize(3, Value::Number(0.0));
    Ok(Value::Object(vm.new_array(loads)))
}

fn uptime(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let text = std::fs::read_to_string("/proc/uptime").unwrap_or_default();
    let secs: f64 = text.split_whitespace().next().and_then(|x| x.parse().ok()).unwrap_or(0.0);
    Ok(Value::Number(secs.floor()))
}

/// The password-database entry of the current user: (name, home, shell).
fn passwd_entry() -> Option<(String, String, String)> {
    let uid = rustix::process::getuid().as_raw();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let f: Vec<&str> = line.split(':').collect();
        (f.len() >= 7 && f[2].parse::<u32>().ok()? == uid).then(|| (f[0].into(), f[5].into(), f[6].into()))
    })
}

/// uv_os_homedir: $HOME, else the password database.
fn homedir(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let home = std::env::var("HOME").ok().filter(|h| !h.is_empty()).or_else(|| passwd_entry().map(|e| e.1));
    Ok(vm.string(&home.unwrap_or_default()))
}

/// uv_os_get_passwd: `{ uid, gid, username, homedir, shell }`.
fn user_info(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (name, home, shell) = passwd_entry().unwrap_or_default();
    let o = vm.new_object();
    vm.def_value(o, "uid", Value::Number(f64::from(rustix::process::getuid().as_raw())), DEFAULT_ATTRS);
    vm.def_value(o, "gid", Value::Number(f64::from(rustix::process::getgid().as_raw())), DEFAULT_ATTRS);
    for (key, value) in [("username", name), ("homedir", home), ("shell", shell)] {
        let v = vm.string(&value);
        vm.def_value(o, key, v, DEFAULT_ATTRS);
    }
    Ok(Value::Object(o))
}

fn available_parallelism(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let n = std::thread::available_parallelism().map_or(1, |n| n.get());
    Ok(Value::Number(n as f64))
}

/// Not implemented: listing interfaces needs getifaddrs(3), which no safe crate in the
/// build offers yet; an empty object, as for a machine without interfaces.
fn network_interfaces(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Object(vm.new_object()))
}
