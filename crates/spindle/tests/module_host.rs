//! The engine's module host interface with an in-memory host that answers loads *later*
//! (from its own queue, as an asynchronous loader does): loading, linking and evaluation of
//! a graph with a cycle, live bindings, top-level await ordering, `import()` and failures.

use spindle::Value;
use spindle::jobs::{Host, PromiseState};
use spindle::module::{LoadRequest, ModuleId, Referrer};
use spindle::value::ObjId;
use spindle::vm::{Output, Stream, Vm, VmOptions};
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Modules by name; requests are held until `answer_pending` runs.
struct MemoryHost {
    sources: HashMap<String, String>,
    loaded: HashMap<String, ModuleId>,
    names: HashMap<ModuleId, String>,
    pending: Vec<LoadRequest>,
    /// Every (referrer, specifier) the engine asked for.
    asked: Vec<(String, String)>,
}

impl Host for MemoryHost {
    fn load_imported_module(&mut self, _vm: &mut Vm, request: LoadRequest) {
        let referrer = match &request.referrer {
            Referrer::Module(m) => self.names.get(m).cloned().unwrap_or_default(),
            Referrer::Script(f) => f.to_string(),
            Referrer::Realm => String::new(),
        };
        self.asked.push((referrer, request.request.specifier.clone()));
        self.pending.push(request);
    }

    fn initialize_import_meta(&mut self, vm: &mut Vm, meta: ObjId, module: ModuleId) {
        let name = self.names.get(&module).cloned().unwrap_or_default();
        let v = vm.string(&name);
        let k = vm.key_str("name");
        vm.define_direct(meta, k, v, spindle::object::property::DEFAULT_ATTRS);
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

struct Lines(Rc<RefCell<Vec<String>>>);

impl Output for Lines {
    fn print(&mut self, _stream: Stream, text: &str) {
        self.0.borrow_mut().push(text.to_string());
    }
}

fn engine(modules: &[(&str, &str)]) -> (Vm, Rc<RefCell<Vec<String>>>) {
    let mut vm = Vm::new(VmOptions::default());
    let lines = Rc::new(RefCell::new(Vec::new()));
    vm.set_output(Box::new(Lines(lines.clone())));
    vm.set_host(Box::new(MemoryHost {
        sources: modules.iter().map(|(n, s)| (n.to_string(), s.to_string())).collect(),
        loaded: HashMap::new(),
        names: HashMap::new(),
        pending: Vec::new(),
        asked: Vec::new(),
    }));
    (vm, lines)
}

fn host(vm: &mut Vm) -> &mut MemoryHost {
    vm.host.as_mut().and_then(|h| h.as_any_mut().downcast_mut::<MemoryHost>()).expect("memory host")
}

/// Answers every held request (parsing on first use), then drains the job queue; repeats
/// until nothing is pending. Returns the number of answers given.
fn answer_pending(vm: &mut Vm) -> usize {
    let mut answered = 0;
    loop {
        vm.run_microtasks().expect("jobs");
        let pending = std::mem::take(&mut host(vm).pending);
        if pending.is_empty() {
            return answered;
        }
        for req in pending {
            answered += 1;
            let name = req.request.specifier.clone();
            let result = match host(vm).loaded.get(&name).copied() {
                Some(m) => Ok(m),
                None => match host(vm).sources.get(&name).cloned() {
                    Some(src) => {
                        let m = vm.parse_module(&src, &name).map_err(|e| vm.syntax_error(&e.message));
                        if let Ok(m) = m {
                            host(vm).loaded.insert(name.clone(), m);
                            host(vm).names.insert(m, name.clone());
                        }
                        m
                    }
                    None => Err(vm.type_error(&format!("no module named {name}"))),
                },
            };
            vm.finish_loading_imported_module(req, result);
        }
    }
}

fn run_root(vm: &mut Vm, name: &str) -> (ObjId, ModuleId) {
    let src = host(vm).sources[name].clone();
    let m = vm.parse_module(&src, name).expect("root parses");
    host(vm).loaded.insert(name.to_string(), m);
    host(vm).names.insert(m, name.to_string());
    let loaded = vm.load_requested_modules(m);
    if !vm.module(m).requested_modules().is_empty() {
        // Nothing loads until the host answers.
        assert_eq!(vm.promise_state(loaded).map(|s| s.0), Some(PromiseState::Pending));
    }
    answer_pending(vm);
    assert_eq!(vm.promise_state(loaded).map(|s| s.0), Some(PromiseState::Fulfilled));
    vm.link_module(m).expect("links");
    let evaluated = vm.evaluate_module(m);
    answer_pending(vm);
    (evaluated, m)
}

#[test]
fn a_cycle_with_live_bindings_evaluates_in_post_order() {
    let (mut vm, lines) = engine(&[
        (
            "main",
            "import { a, bump } from 'a'; import { b } from 'b'; console.log('main', a, b); bump(); console.log('live', a);",
        ),
        ("a", "import { b } from 'b'; export let a = 1; export function bump() { a++; } console.log('a sees b', b);"),
        // `b` calls a function of `a` before `a` has run: hoisted by InitializeEnvironment.
        ("b", "import { bump } from 'a'; export const b = typeof bump; console.log('b');"),
    ]);
    let (evaluated, _) = run_root(&mut vm, "main");
    assert_eq!(vm.promise_state(evaluated).map(|s| s.0), Some(PromiseState::Fulfilled));
    assert_eq!(*lines.borrow(), ["b", "a sees b function", "main 1 function", "live 2"]);
    // Each module was requested by name once per distinct (referrer, specifier).
    let asked = &host(&mut vm).asked;
    assert!(asked.contains(&("a".into(), "b".into())) && asked.contains(&("b".into(), "a".into())));
}

#[test]
fn top_level_await_runs_siblings_in_order_and_import_meta_is_the_hosts() {
    let (mut vm, lines) = engine(&[
        ("main", "import 'slow'; import 'fast'; console.log('main', import.meta.name);"),
        ("slow", "console.log('slow start'); await null; await null; console.log('slow end');"),
        ("fast", "console.log('fast');"),
    ]);
    let (evaluated, _) = run_root(&mut vm, "main");
    assert_eq!(vm.promise_state(evaluated).map(|s| s.0), Some(PromiseState::Fulfilled));
    // `fast` does not wait for its sibling; `main` waits for both.
    assert_eq!(*lines.borrow(), ["slow start", "fast", "slow end", "main main"]);
}

#[test]
fn dynamic_import_waits_for_the_host_and_failures_reject() {
    let (mut vm, lines) = engine(&[
        (
            "main",
            "import('dep').then(ns => console.log('dep', ns.x, Object.keys(ns).join())); \
             import('missing').catch(e => console.log(e.name, e.message)); \
             const p = import('dep'); console.log('sync');",
        ),
        ("dep", "export const x = 42; export default 1;"),
    ]);
    let (evaluated, m) = run_root(&mut vm, "main");
    assert_eq!(vm.promise_state(evaluated).map(|s| s.0), Some(PromiseState::Fulfilled));
    assert_eq!(*lines.borrow(), ["sync", "TypeError no module named missing", "dep 42 default,x"]);
    assert_eq!(vm.module(m).requested_modules().len(), 0);
}

#[test]
fn a_missing_export_is_a_syntax_error_naming_it_and_the_module() {
    let (mut vm, _) = engine(&[("main", "import { nope } from 'dep';"), ("dep", "export const x = 1;")]);
    let src = host(&mut vm).sources["main"].clone();
    let m = vm.parse_module(&src, "main").expect("parses");
    host(&mut vm).names.insert(m, "main".into());
    vm.load_requested_modules(m);
    answer_pending(&mut vm);
    let e = vm.link_module(m).expect_err("does not link");
    let Value::Object(o) = e else { panic!("an error object") };
    let message = vm.get_str(o, "message").expect("message");
    let message = vm.to_rust_string(message).expect("string");
    assert_eq!(message, "The requested module 'dep' does not provide an export named 'nope'");
}

#[test]
fn linking_or_evaluating_too_early_is_an_error_not_a_panic() {
    let (mut vm, _) = engine(&[("main", "import { x } from 'dep'; console.log(x);"), ("dep", "export const x = 1;")]);
    let src = host(&mut vm).sources["main"].clone();
    let m = vm.parse_module(&src, "main").expect("parses");
    // Nothing loaded yet.
    assert!(vm.link_module(m).is_err());
    let p = vm.evaluate_module(m);
    assert_eq!(vm.promise_state(p).map(|s| s.0), Some(PromiseState::Rejected));
    // Loading, linking and evaluating in order still work afterwards.
    vm.load_requested_modules(m);
    answer_pending(&mut vm);
    vm.link_module(m).expect("links");
    let p = vm.evaluate_module(m);
    answer_pending(&mut vm);
    assert_eq!(vm.promise_state(p).map(|s| s.0), Some(PromiseState::Fulfilled));
}
