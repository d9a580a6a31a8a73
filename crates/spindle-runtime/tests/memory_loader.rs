//! The runtime's module loader over an in-memory file system (`loader::MemoryFs`): what an
//! embedder shipping its sources, or a test, uses instead of the disk. The whole of Node's
//! resolution runs over it: relative imports, a package's conditional `"exports"` (import
//! and require give different files), `"imports"`, CommonJS interop and JSON modules.

use spindle::vm::{Output, Stream};
use spindle_runtime::loader::{MemoryFs, ModuleLoader};
use spindle_runtime::{Entry, EventLoop, Outcome, RunOptions, new_engine, with_runtime};
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

struct Lines(Rc<RefCell<Vec<String>>>);

impl Output for Lines {
    fn print(&mut self, _stream: Stream, text: &str) {
        self.0.borrow_mut().push(text.to_string());
    }
}

fn run(fs: MemoryFs, entry: &str) -> (Outcome, Vec<String>) {
    let source = {
        use spindle_runtime::loader::FileSystem;
        fs.read_to_string(Path::new(entry)).expect("entry exists")
    };
    let mut vm = new_engine(&RunOptions::default());
    let lines = Rc::new(RefCell::new(Vec::new()));
    vm.set_output(Box::new(Lines(lines.clone())));
    with_runtime(&mut vm, |_, host| host.loader = ModuleLoader::new(Rc::new(fs)));
    let rt = tokio::runtime::Builder::new_current_thread().enable_time().build().expect("runtime");
    let mut lp = EventLoop::new(vm, None);
    let outcome =
        rt.block_on(lp.run_entry(Entry::File { path: Path::new(entry), source: &source, force_module: false }));
    let out = lines.borrow().clone();
    (outcome, out)
}

#[test]
fn resolution_and_interop_over_memory_files() {
    let mut fs = MemoryFs::new();
    fs.insert("/app/package.json", r##"{ "name": "app", "type": "module", "imports": { "#util": "./lib/util.js" } }"##)
        .insert(
            "/app/main.js",
            "import { twice } from '#util';\nimport dual from 'dual';\nimport data from './data.json' with { type: 'json' };\n\
             import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n\
             console.log(twice(21), dual, require('dual'), data.n, import.meta.url);\n\
             const { later } = await import('./later.cjs');\nconsole.log(later);",
        )
        .insert("/app/lib/util.js", "export const twice = (x) => x * 2;")
        .insert("/app/data.json", r#"{ "n": 7 }"#)
        .insert("/app/later.cjs", "exports.later = 'cjs ' + typeof require;")
        .insert(
            "/app/node_modules/dual/package.json",
            r#"{ "name": "dual", "exports": { "import": "./esm.mjs", "require": "./cjs.cjs" } }"#,
        )
        .insert("/app/node_modules/dual/esm.mjs", "export default 'esm';")
        .insert("/app/node_modules/dual/cjs.cjs", "module.exports = 'cjs';");
    let (outcome, lines) = run(fs, "/app/main.js");
    assert!(matches!(outcome, Outcome::Ok), "{lines:?}");
    assert_eq!(lines, ["42 esm cjs 7 file:///app/main.js", "cjs function"]);
}

#[test]
fn a_missing_module_is_err_module_not_found() {
    let mut fs = MemoryFs::new();
    fs.insert(
        "/m/main.mjs",
        "try { await import('./nope.mjs'); } catch (e) { console.log(e.code, e.message); }\n\
         try { await import('pkg'); } catch (e) { console.log(e.code, e.message); }",
    );
    let (outcome, lines) = run(fs, "/m/main.mjs");
    assert!(matches!(outcome, Outcome::Ok), "{lines:?}");
    assert_eq!(
        lines,
        [
            "ERR_MODULE_NOT_FOUND Cannot find module '/m/nope.mjs' imported from /m/main.mjs",
            "ERR_MODULE_NOT_FOUND Cannot find package 'pkg' imported from /m/main.mjs"
        ]
    );
}
