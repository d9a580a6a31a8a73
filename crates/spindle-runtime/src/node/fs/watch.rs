//! `binding.watch(path, onchange)`: a file-system watcher as libuv's uv_fs_event on Linux
//! (deps/uv/src/unix/linux.c): an inotify watch read by a thread of its own, each event
//! posted to the loop's poll phase as `onchange(eventType, filename)` — 'change' for
//! content and attribute changes, 'rename' for everything else, the file name relative to
//! the watched directory (the watched file's own name for events on itself). `close()`
//! removes the watch, which wakes the thread with IN_IGNORED and ends it; a referenced open
//! watcher keeps the loop alive (`ref()` / `unref()`). A recursive watcher also watches
//! every directory under the path, including those created later, and names files
//! relative to the path (as Node's recursive watch on Linux does).

use super::uv::UvError;
use crate::host::with_runtime;
use rustix::fs::inotify::{self, ReadFlags, WatchFlags};
use spindle::Value;
use spindle::builtins::arg;
use spindle::jobs::Persistent;
use spindle::object::NativeCall;
use spindle::vm::{JsResult, Vm};
use std::collections::HashMap;
use std::mem::MaybeUninit;
use std::os::fd::OwnedFd;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The open watchers of an agent, by id.
#[derive(Default)]
pub struct Watchers(HashMap<u64, Watcher>);

/// An agent that ends with watchers open (a worker, an unreferenced watcher) ends their
/// threads too.
impl Drop for Watchers {
    fn drop(&mut self) {
        for w in self.0.values() {
            let _ = inotify::remove_watch(&*w.inotify, w.wd);
        }
    }
}

pub struct Watcher {
    inotify: Arc<OwnedFd>,
    wd: i32,
    onchange: Persistent,
    refed: bool,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// The events libuv asks inotify for.
fn watch_flags() -> WatchFlags {
    WatchFlags::ATTRIB
        | WatchFlags::CREATE
        | WatchFlags::MODIFY
        | WatchFlags::DELETE
        | WatchFlags::DELETE_SELF
        | WatchFlags::MOVE_SELF
        | WatchFlags::MOVED_FROM
        | WatchFlags::MOVED_TO
}

/// `watch(path, recursive, onchange)`: a handle `{ close(), ref(), unref() }`, or Node's
/// error.
pub fn watch(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let path = super::path(vm, arg(args, 0), super::permission::Access::Read)?;
    let recursive = vm.to_boolean(arg(args, 1));
    let start = || -> Result<(Arc<OwnedFd>, i32), UvError> {
        let err = |e: rustix::io::Errno| UvError::new(e.raw_os_error(), "watch").path(&path);
        let fd = inotify::init(inotify::CreateFlags::CLOEXEC).map_err(err)?;
        let wd = inotify::add_watch(&fd, path.as_str(), watch_flags()).map_err(err)?;
        Ok((Arc::new(fd), wd))
    };
    let (fd, wd) = start().map_err(|e| super::uv_exception(vm, &e))?;
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let onchange = vm.persist(arg(args, 2));
    let post = with_runtime(vm, |_, h| {
        h.fs_watchers.0.insert(id, Watcher { inotify: fd.clone(), wd, onchange, refed: true });
        h.io.pending += 1;
        h.io.sender()
    });
    let own_name =
        std::path::Path::new(&path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let root = std::path::PathBuf::from(&path);
    std::thread::spawn(move || {
        let mut dirs = HashMap::from([(wd, String::new())]);
        if recursive {
            watch_tree(&fd, &root, "", &mut dirs);
        }
        read_events(&fd, wd, &own_name, &root, recursive.then_some(&mut dirs), |event, name| {
            post.send(Box::new(move |vm: &mut Vm| deliver(vm, id, event, &name))).is_ok()
        })
    });
    let handle = vm.new_object();
    let slot = vec![Value::Number(id as f64)];
    for (name, f) in [("close", close as spindle::object::NativeFn), ("ref", refer), ("unref", unref)] {
        let method = vm.new_builtin_closure(name, 0, f, &slot);
        vm.def_value(handle, name, Value::Object(method), spindle::object::property::DEFAULT_ATTRS);
    }
    Ok(Value::Object(handle))
}

/// Adds a watch for every directory under `dir` (`relative` to the root), recording each
/// watch's relative directory.
fn watch_tree(fd: &OwnedFd, dir: &std::path::Path, relative: &str, dirs: &mut HashMap<i32, String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        if !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = if relative.is_empty() { name } else { format!("{relative}/{name}") };
        if let Ok(wd) = inotify::add_watch(fd, entry.path(), watch_flags()) {
            dirs.insert(wd, rel.clone());
            watch_tree(fd, &entry.path(), &rel, dirs);
        }
    }
}

/// The watcher thread: events until the root's watch is removed (by `close()`, or because
/// the watched file is gone). `dirs` (recursive watchers): each watch's directory relative
/// to the root.
fn read_events(
    fd: &OwnedFd,
    root_wd: i32,
    own_name: &str,
    root: &std::path::Path,
    mut dirs: Option<&mut HashMap<i32, String>>,
    mut send: impl FnMut(&'static str, String) -> bool,
) {
    let mut buf = [MaybeUninit::uninit(); 4096];
    let mut reader = inotify::Reader::new(fd, &mut buf);
    loop {
        let Ok(event) = reader.next() else { return };
        let flags = event.events();
        let file = event.file_name().filter(|n| !n.is_empty()).map(|n| n.to_string_lossy().into_owned());
        let dir = match &mut dirs {
            Some(dirs) => match dirs.get(&event.wd()) {
                Some(d) => d.clone(),
                None => continue,
            },
            None if event.wd() == root_wd => String::new(),
            None => continue,
        };
        if flags.contains(ReadFlags::IGNORED) {
            if event.wd() == root_wd {
                return;
            }
            if let Some(dirs) = &mut dirs {
                dirs.remove(&event.wd());
            }
            continue;
        }
        let name = match (&file, dir.is_empty()) {
            (Some(f), true) => f.clone(),
            (Some(f), false) => format!("{dir}/{f}"),
            (None, true) => own_name.to_string(),
            (None, false) => dir.clone(),
        };
        if let Some(dirs) = &mut dirs
            && flags.contains(ReadFlags::ISDIR)
            && flags.intersects(ReadFlags::CREATE | ReadFlags::MOVED_TO)
            && let Ok(wd) = inotify::add_watch(fd, root.join(&name), watch_flags())
        {
            dirs.insert(wd, name.clone());
            watch_tree(fd, &root.join(&name), &name, dirs);
        }
        let changed = ReadFlags::ATTRIB | ReadFlags::MODIFY;
        let kind = if flags.intersects(!changed) { "rename" } else { "change" };
        if !send(kind, name) {
            return;
        }
    }
}

/// Calls the watcher's `onchange` if it is still open.
fn deliver(vm: &mut Vm, id: u64, event: &str, name: &str) -> JsResult<()> {
    let Some(onchange) = with_runtime(vm, |_, h| h.fs_watchers.0.get(&id).map(|w| w.onchange)) else { return Ok(()) };
    let f = vm.persistent(onchange);
    vm.root(f);
    let event = vm.string(event);
    vm.root(event);
    let name = vm.string(name);
    vm.root(name);
    vm.call(f, Value::Undefined, &[event, name])?;
    Ok(())
}

fn id(vm: &Vm, cx: &NativeCall) -> u64 {
    match vm.native_slots(cx.callee).first() {
        Some(Value::Number(n)) => *n as u64,
        _ => 0,
    }
}

fn close(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let id = id(vm, cx);
    let Some(w) = with_runtime(vm, |_, h| h.fs_watchers.0.remove(&id)) else { return Ok(Value::Undefined) };
    let _ = inotify::remove_watch(&*w.inotify, w.wd);
    vm.unpersist(w.onchange);
    if w.refed {
        with_runtime(vm, |_, h| h.io.pending = h.io.pending.saturating_sub(1));
    }
    Ok(Value::Undefined)
}

fn set_ref(vm: &mut Vm, cx: &NativeCall, refed: bool) -> JsResult<Value> {
    let id = id(vm, cx);
    with_runtime(vm, |_, h| {
        if let Some(w) = h.fs_watchers.0.get_mut(&id)
            && w.refed != refed
        {
            w.refed = refed;
            if refed {
                h.io.pending += 1;
            } else {
                h.io.pending = h.io.pending.saturating_sub(1);
            }
        }
    });
    Ok(Value::Undefined)
}

fn refer(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    set_ref(vm, cx, true)
}

fn unref(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    set_ref(vm, cx, false)
}
