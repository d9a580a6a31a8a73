//! Scripts at URLs (`RunOptions::resources`, `base_url`): a web worker's classic script,
//! its `importScripts`, a module worker and its static and dynamic imports load through
//! the embedder's loader on the worker's thread; what the loader refuses is an `error`
//! event at the Worker or a rejected import; without a loader an `http:` script fails to
//! load instead of reaching any network.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use spindle_runtime::resources::{Resource, ResourceLoader, Resources};
use spindle_runtime::{EventLoop, Outcome, RunOptions, new_engine};

/// Serves fixed sources and records every URL asked for, in order.
struct Site {
    files: HashMap<&'static str, &'static str>,
    asked: Mutex<Vec<String>>,
}

impl ResourceLoader for Site {
    fn load(&self, url: &str) -> Result<Resource, String> {
        self.asked.lock().expect("lock").push(url.to_string());
        match self.files.get(url) {
            Some(body) => Ok(Resource { url: url.to_string(), body: body.as_bytes().to_vec() }),
            None => Err(format!("{url}: 404")),
        }
    }
}

const ORIGIN: &str = "http://example.test";

fn site() -> Arc<Site> {
    let files = HashMap::from([
        (
            "http://example.test/app/classic.js",
            "importScripts('lib/double.js');\nonmessage = (e) => postMessage(double(e.data) + ' ' + location.href);\n",
        ),
        ("http://example.test/app/lib/double.js", "function double(x) { return x * 2; }\n"),
        (
            "http://example.test/app/module.js",
            "import { triple } from './lib/triple.js';\nconst named = import('/app/lib/name.js');\nonmessage = async (e) => postMessage(triple(e.data) + ' ' + (await named).name);\n",
        ),
        ("http://example.test/app/lib/triple.js", "export const triple = (x) => x * 3;\n"),
        ("http://example.test/app/lib/name.js", "export const name = 'module';\n"),
        ("http://example.test/app/bad-import.js", "import 'bare-specifier';\n"),
    ]);
    Arc::new(Site { files, asked: Mutex::new(Vec::new()) })
}

/// Runs `source` as the main script of a page at `http://example.test/app/index.html`
/// with `loader` (None: no network); the value of `globalThis.result` at the end.
fn run(source: &str, loader: Option<Arc<Site>>) -> String {
    let options = RunOptions {
        resources: loader.map(|l| Resources(l as Arc<dyn ResourceLoader>)),
        base_url: Some(format!("{ORIGIN}/app/index.html")),
        permissions: Arc::new(spindle_runtime::node::fs::permission::Permissions::all()),
        timeout: Some(std::time::Duration::from_secs(20)),
        ..RunOptions::default()
    };
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let mut lp = EventLoop::new(new_engine(&options), options.timeout);
    let outcome = rt.block_on(lp.run_main(source, "main.js"));
    assert!(matches!(outcome, Outcome::Ok), "the script failed");
    let global = lp.vm.global_object();
    let v = lp.vm.get_str(global, "result").expect("result");
    lp.vm.to_rust_string(v).expect("a string")
}

#[test]
fn a_classic_worker_and_its_imported_scripts_load_through_the_loader() {
    let site = site();
    let result = run(
        "const w = new Worker('classic.js');\n\
         w.onmessage = (e) => { globalThis.result = e.data; w.terminate(); };\n\
         w.postMessage(21);",
        Some(Arc::clone(&site)),
    );
    assert_eq!(result, "42 http://example.test/app/classic.js");
    let asked = site.asked.lock().expect("lock").clone();
    assert_eq!(asked, ["http://example.test/app/classic.js", "http://example.test/app/lib/double.js"]);
}

#[test]
fn a_module_worker_resolves_its_imports_against_its_url() {
    let site = site();
    let result = run(
        "const w = new Worker('module.js', { type: 'module' });\n\
         w.onmessage = (e) => { globalThis.result = e.data; w.terminate(); };\n\
         w.postMessage(5);",
        Some(Arc::clone(&site)),
    );
    assert_eq!(result, "15 module");
    let asked = site.asked.lock().expect("lock").clone();
    assert_eq!(
        asked,
        [
            "http://example.test/app/module.js",
            "http://example.test/app/lib/triple.js",
            "http://example.test/app/lib/name.js"
        ]
    );
}

#[test]
fn what_does_not_load_is_an_error_event_not_an_exception() {
    let source = "const results = [];\n\
                  const done = () => { if (results.length === 2) globalThis.result = results.join(' | '); };\n\
                  for (const [url, options] of [['missing.js', {}], ['bad-import.js', { type: 'module' }]]) {\n\
                    const w = new Worker(url, options);\n\
                    w.onerror = (e) => { results.push(url + ': ' + e.type + ' ' + (e.message.includes('404') || e.message.includes('resolve'))); e.preventDefault(); w.terminate(); done(); };\n\
                  }";
    assert_eq!(run(source, Some(site())), "missing.js: error true | bad-import.js: error true");
    // Without a loader nothing is fetched: the worker's script fails to load.
    let source = "const w = new Worker('classic.js');\n\
                  w.onerror = (e) => { globalThis.result = e.message; e.preventDefault(); w.terminate(); };";
    assert!(run(source, None).contains("no network loader"));
}
