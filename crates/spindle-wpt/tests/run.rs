//! Runs small tests through the real runtime and testharness.js (from the shared WPT
//! checkout; skipped when it is not there) in a temporary WPT root.

use std::path::PathBuf;

use spindle_wpt::exec::{self, ExecConfig};
use spindle_wpt::result::{FileStatus, RunResult, SubStatus};
use spindle_wpt::select;

fn temp_root(files: &[(&str, &str)]) -> Option<PathBuf> {
    let shared = select::locate_root(None).ok()?;
    let harness = std::fs::read(shared.join("resources/testharness.js")).ok()?;
    let root = std::env::temp_dir().join(format!("spindle-wpt-it-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("resources")).ok()?;
    std::fs::write(root.join("resources/testharness.js"), harness).ok()?;
    for (path, text) in files {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent()?).ok()?;
        std::fs::write(p, text).ok()?;
    }
    Some(root)
}

fn by_id(results: &[RunResult], id: &str) -> RunResult {
    results.iter().find(|r| r.id() == id).unwrap_or_else(|| panic!("no run {id}")).clone()
}

fn statuses(r: &RunResult) -> Vec<(String, SubStatus)> {
    r.subtests.iter().map(|s| (s.name.clone(), s.status)).collect()
}

#[test]
fn runs_tests_through_the_harness() {
    let files = [
        (
            "t/basic.any.js",
            "// META: global=window,worker\n// META: script=/common/helper.js\n\
             test(() => assert_equals(helper(), 1), 'sync pass');\n\
             test(() => assert_true(false), 'sync fail');\n\
             promise_test(async () => { await new Promise(r => setTimeout(r, 5)); }, 'async pass');\n\
             test(() => { assert_equals(typeof GLOBAL, 'object'); assert_false(GLOBAL.isWindow()); \
             assert_equals(self, globalThis); assert_equals(location.pathname, '/t/basic.any.worker.js'); }, 'environment');\n",
        ),
        ("common/helper.js", "function helper() { return 1; }\n"),
        (
            "t/variants.any.js",
            "// META: variant=?a\n// META: variant=?b\ntest(() => {}, 'search ' + location.search);\n",
        ),
        (
            "t/data.any.js",
            "promise_test(() => fetch('resources/d.json').then(r => r.json()).then(d => { \
             test(() => assert_equals(d.x, 2), 'loaded'); }), 'load');\n\
             promise_test(t => promise_rejects_js(t, TypeError, fetch('nope.json')), 'missing file');\n",
        ),
        ("t/resources/d.json", "{\"x\": 2}"),
        ("t/window.any.js", "// META: global=window\ntest(() => {}, 'x');\n"),
        ("t/syntax.any.js", "test(() => {, 'x');\n"),
        (
            "t/throws.any.js",
            "test(() => {}, 'before');\nasync_test(t => { setTimeout(() => { throw new Error('boom'); }, 0); \
             setTimeout(t.step_func_done(), 50); }, 'pending');\n",
        ),
        ("t/stalls.any.js", "test(() => {}, 'done');\npromise_test(() => new Promise(() => {}), 'never settles');\n"),
        (
            "t/rejects.any.js",
            "test(() => {}, 'fine');\npromise_test(async () => { Promise.reject(new Error('loose')); \
             await new Promise(r => setTimeout(r, 10)); }, 'rejects');\n",
        ),
        ("t/loops.any.js", "test(() => { for (;;) {} }, 'spins');\n"),
    ];
    let Some(root) = temp_root(&files) else {
        eprintln!("skipped: no WPT checkout with resources/testharness.js");
        return;
    };
    let sel = select::collect(&root, &["t".to_string()], None).expect("collect");
    let ids: Vec<String> = sel.jobs.iter().map(|j| j.id()).collect();
    assert!(ids.contains(&"t/variants.any.js?a".to_string()) && ids.contains(&"t/variants.any.js?b".to_string()));
    assert_eq!(sel.skipped.len(), 1, "{:?}", sel.skipped);
    let cfg = ExecConfig { root: root.clone(), timeout_scale: 0.1, max_heap_mb: 512, stack_size: 64 << 20 };
    let results = exec::run_all(&sel.jobs, &cfg, 4, |_| {});

    let basic = by_id(&results, "t/basic.any.js");
    assert_eq!(basic.status, FileStatus::Ok, "{basic:?}");
    assert_eq!(
        statuses(&basic),
        [
            ("sync pass".to_string(), SubStatus::Pass),
            ("sync fail".into(), SubStatus::Fail),
            ("environment".into(), SubStatus::Pass),
            ("async pass".into(), SubStatus::Pass),
        ]
    );
    assert_eq!(statuses(&by_id(&results, "t/variants.any.js?b")), [("search ?b".to_string(), SubStatus::Pass)]);

    let data = by_id(&results, "t/data.any.js");
    assert_eq!(data.status, FileStatus::Ok, "{data:?}");
    assert!(data.subtests.iter().all(|s| s.status == SubStatus::Pass) && data.subtests.len() == 3, "{data:?}");

    let syntax = by_id(&results, "t/syntax.any.js");
    assert_eq!((syntax.status, syntax.counted_subtests()), (FileStatus::Error, 1), "{syntax:?}");

    let throws = by_id(&results, "t/throws.any.js");
    assert_eq!(throws.status, FileStatus::Error, "{throws:?}");
    assert!(throws.message.contains("boom"), "{throws:?}");
    assert_eq!(throws.passing().count(), 0);

    let stalls = by_id(&results, "t/stalls.any.js");
    assert_eq!(stalls.status, FileStatus::Timeout, "{stalls:?}");
    assert_eq!(
        statuses(&stalls),
        [("done".to_string(), SubStatus::Pass), ("never settles".into(), SubStatus::Timeout)]
    );
    assert_eq!(stalls.passing().count(), 1);

    let rejects = by_id(&results, "t/rejects.any.js");
    assert_eq!(rejects.status, FileStatus::Error, "{rejects:?}");
    assert!(rejects.message.contains("loose"), "{rejects:?}");

    let loops = by_id(&results, "t/loops.any.js");
    assert_eq!((loops.status, loops.completed), (FileStatus::Timeout, false), "{loops:?}");

    let _ = std::fs::remove_dir_all(root);
}
