//! The permission model (`--permission`, `--allow-fs-read`, `--allow-fs-write`,
//! `--allow-worker`): real files in a fresh temporary directory, the expected output
//! Node 20's (`node --experimental-permission` with the same grants; Node 24's
//! `--permission` prints the same for these programs, its messages aside).

use std::path::PathBuf;
use std::process::Command;

/// A fresh directory with an `out/` subdirectory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("spindle-perm-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("out")).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[String]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_spindle")).args(args).output().expect("run spindle");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

const PROGRAM: &str = r#"
const fs = require('fs');
const path = require('path');
const where = (p) => p.startsWith(__dirname) ? '<dir>' + p.slice(__dirname.length) : p;
const show = (what, f) => {
  try { f(); console.log(what, 'ok'); }
  catch (e) { console.log(what, e.message, e.code, e.permission, JSON.stringify(where(e.resource))); }
};
show('read own dir', () => fs.readdirSync(__dirname));
show('read outside', () => fs.readFileSync('/etc/hostname'));
show('stat outside', () => fs.statSync('/'));
show('write granted', () => fs.writeFileSync(path.join(__dirname, 'out', 'x.txt'), 'x'));
show('write refused', () => fs.writeFileSync(path.join(__dirname, 'y.txt'), 'y'));
show('worker refused', () => new (require('worker_threads').Worker)('0', { eval: true }));
console.log('has fs.read here', process.permission.has('fs.read', __dirname));
console.log('has fs.write here', process.permission.has('fs.write', __dirname));
console.log('has fs.write out', process.permission.has('fs.write', path.join(__dirname, 'out', 'z')));
process.nextTick(() => console.log('tick'));
fs.promises.readFile('/etc/hostname').catch((e) => console.log('promise refused', e.code, e.permission));
fs.readFile('/etc/hostname', (e) => console.log('callback refused', e && e.code));
console.log('end of script');
"#;

const EXPECTED: &str = r#"read own dir ok
read outside Access to this API has been restricted ERR_ACCESS_DENIED FileSystemRead "/etc/hostname"
stat outside Access to this API has been restricted ERR_ACCESS_DENIED FileSystemRead "/"
write granted ok
write refused Access to this API has been restricted ERR_ACCESS_DENIED FileSystemWrite "<dir>/y.txt"
worker refused Access to this API has been restricted ERR_ACCESS_DENIED WorkerThreads ""
has fs.read here true
has fs.write here false
has fs.write out true
callback refused ERR_ACCESS_DENIED
end of script
tick
promise refused ERR_ACCESS_DENIED FileSystemRead
"#;

#[test]
fn grants_limit_reads_writes_and_workers_as_node_does() {
    let t = TempDir::new("grants");
    let main = t.0.join("main.js");
    std::fs::write(&main, PROGRAM).expect("write program");
    let dir = t.0.display().to_string();
    let (code, out, err) = run(&[
        "--permission".into(),
        format!("--allow-fs-read={dir}"),
        format!("--allow-fs-write={dir}/out"),
        main.display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, EXPECTED);
    assert!(t.0.join("out/x.txt").exists());
    assert!(!t.0.join("y.txt").exists(), "a refused write must not touch the file system");
}

#[test]
fn without_permission_everything_is_granted_and_process_permission_is_absent() {
    let t = TempDir::new("open");
    let main = t.0.join("main.js");
    std::fs::write(
        &main,
        "const fs = require('fs');\nconsole.log(typeof process.permission, fs.readFileSync(__filename, 'utf8').length > 0);\n\
         fs.writeFileSync(__dirname + '/y.txt', 'y'); console.log(fs.readFileSync(__dirname + '/y.txt', 'utf8'));\n",
    )
    .expect("write program");
    let (code, out, err) = run(&[main.display().to_string()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "undefined true\ny\n");
}

#[test]
fn a_wildcard_grant_and_allow_worker() {
    let t = TempDir::new("wild");
    let main = t.0.join("main.js");
    std::fs::write(
        &main,
        "const { Worker } = require('worker_threads');\n\
         console.log(process.permission.has('fs.read', '/etc/hostname'), process.permission.has('worker'));\n\
         new Worker('require(\"worker_threads\").parentPort.postMessage(1)', { eval: true }).on('message', (m) => console.log('worker says', m));\n",
    )
    .expect("write program");
    let (code, out, err) =
        run(&["--permission".into(), "--allow-fs-read=*".into(), "--allow-worker".into(), main.display().to_string()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "true true\nworker says 1\n");
}

/// Modules outside the read grants are not loaded (`require` throws, `import()` rejects with
/// ERR_ACCESS_DENIED); the entry point itself is run, as Node 24 does (Node 20 with
/// `--experimental-permission` and the entry inside the grant prints the same).
#[test]
fn modules_outside_the_read_grants_are_not_loaded() {
    let t = TempDir::new("modules");
    let app = t.0.join("app");
    let lib = t.0.join("lib");
    std::fs::create_dir_all(&app).expect("app dir");
    std::fs::create_dir_all(&lib).expect("lib dir");
    std::fs::write(app.join("inside.js"), "module.exports = 'inside';\n").expect("write");
    std::fs::write(lib.join("outside.js"), "module.exports = 'outside';\n").expect("write");
    std::fs::write(lib.join("outside.mjs"), "export default 'esm outside';\n").expect("write");
    std::fs::write(
        app.join("main.js"),
        "console.log(require('./inside.js'));\n\
         try { require('../lib/outside.js'); } catch (e) { console.log('require:', e.code, e.permission, e.resource.endsWith('/lib/outside.js')); }\n\
         import('../lib/outside.mjs').then((m) => console.log(m.default), (e) => console.log('import:', e.code, e.permission, e.resource.endsWith('/lib/outside.mjs')));\n",
    )
    .expect("write main");
    let (code, out, err) = run(&[
        "--permission".into(),
        format!("--allow-fs-read={}", app.display()),
        app.join("main.js").display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "inside\nrequire: ERR_ACCESS_DENIED FileSystemRead true\nimport: ERR_ACCESS_DENIED FileSystemRead true\n"
    );
}
