//! The `spindle` command: run a script file, `-e` code or a script read from stdin.

mod repl;

use clap::{Arg, ArgAction, Command};
use spindle::vm::VmOptions;
use spindle_runtime::node::fs::permission::{Grants, Permissions};
use spindle_runtime::{Entry, Outcome, RunOptions};
use std::ffi::OsString;
use std::io::{IsTerminal, Read};
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

/// The exit code when `--timeout` ends a run (the one `timeout(1)` uses).
const EXIT_TIMEOUT: u8 = 124;

fn cli() -> Command {
    Command::new("spindle")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Spindle: a JavaScript engine built around async JavaScript")
        .override_usage("spindle [OPTIONS] [FILE.js | FILE.mjs | -] [ARGS]...")
        .after_help(
            "The first argument that is not an option is the script (`-` or none with a piped \
             stdin: read the script from stdin); it and everything after it go to the script.\n\
             Files run as Node runs them: .js/.cjs as CommonJS, .mjs, .js in a \"type\": \"module\" \
             package or with module syntax as ES modules.\n\
             Exit codes: 0 ok, 1 uncaught exception, unhandled rejection, syntax error or heap \
             limit, 2 usage error or unreadable file, 13 unsettled top-level await, 124 --timeout.",
        )
        .arg(Arg::new("eval").short('e').long("eval").value_name("CODE").help("Run CODE instead of a file"))
        .arg(
            Arg::new("module")
                .long("module")
                .action(ArgAction::SetTrue)
                .help("Run the file as an ES module, whatever its extension"),
        )
        .arg(
            Arg::new("input-type")
                .long("input-type")
                .value_name("TYPE")
                .value_parser(["commonjs", "module"])
                .help("How to run -e code and stdin: commonjs (default) or module"),
        )
        .arg(
            Arg::new("dump-bytecode")
                .long("dump-bytecode")
                .action(ArgAction::SetTrue)
                .help("Print the bytecode of every function instead of running"),
        )
        .arg(
            Arg::new("gc-stress")
                .long("gc-stress")
                .action(ArgAction::SetTrue)
                .help("Collect garbage at every safepoint (slow; finds missing roots)"),
        )
        .arg(
            Arg::new("max-heap-mb")
                .long("max-heap-mb")
                .visible_alias("max-old-space-size")
                .value_name("N")
                .value_parser(clap::value_parser!(u64))
                .help("Heap limit in MiB"),
        )
        .arg(
            Arg::new("unhandled-rejections")
                .long("unhandled-rejections")
                .value_name("MODE")
                .value_parser(["throw", "strict", "warn", "warn-with-error-code", "none"])
                .help("What an unhandled promise rejection does, as in Node (default: throw)"),
        )
        .arg(
            Arg::new("no-warnings")
                .long("no-warnings")
                .action(ArgAction::SetTrue)
                .help("Do not print process warnings"),
        )
        .arg(
            Arg::new("permission")
                .long("permission")
                .visible_alias("experimental-permission")
                .action(ArgAction::SetTrue)
                .help("Grant the script only what the --allow-* options grant (Node's permission model)"),
        )
        .arg(
            Arg::new("allow-fs-read")
                .long("allow-fs-read")
                .value_name("PATHS")
                .action(ArgAction::Append)
                .help("With --permission: paths the script may read (comma-separated; `*` for all)"),
        )
        .arg(
            Arg::new("allow-fs-write")
                .long("allow-fs-write")
                .value_name("PATHS")
                .action(ArgAction::Append)
                .help("With --permission: paths the script may write (comma-separated; `*` for all)"),
        )
        .arg(
            Arg::new("allow-worker")
                .long("allow-worker")
                .action(ArgAction::SetTrue)
                .help("With --permission: the script may start workers"),
        )
        .arg(
            Arg::new("allow-child-process")
                .long("allow-child-process")
                .action(ArgAction::SetTrue)
                .help("With --permission: the script may start processes"),
        )
        .arg(
            Arg::new("trace-async")
                .long("trace-async")
                .value_name("FILE")
                .help("Record the async timeline: FILE.json (Chrome trace events), FILE.html (a page that draws it) or - (text on stderr)"),
        )
        .arg(
            Arg::new("trace-filter")
                .long("trace-filter")
                .value_name("NAMES")
                .help("With --trace-async: keep only the functions whose names contain one of NAMES (comma-separated)"),
        )
        .arg(
            Arg::new("show-state")
                .long("show-state")
                .action(ArgAction::SetTrue)
                .help("console.log and util.inspect show a generator's state and where it is suspended"),
        )
        .arg(
            Arg::new("timeout")
                .long("timeout")
                .value_name("MS")
                .value_parser(clap::value_parser!(u64))
                .help("End the run after MS milliseconds (script and event loop; 0: no limit), exit code 124"),
        )
}

/// Splits the command line as Node's option parser does (src/node_options-inl.h
/// OptionsParser::Parse): options come first and end at the first argument that is not one
/// (a lone `-` included, which stands for stdin) or after `--`; that argument is the script
/// and everything after it belongs to the script, even when it looks like an option.
/// Returns spindle's own arguments (with the program name) and the rest.
fn split_command_line(cmd: &Command, args: Vec<OsString>) -> (Vec<OsString>, Vec<OsString>) {
    let mut args = args.into_iter();
    let mut own: Vec<OsString> = args.next().into_iter().collect();
    // Options written without `=` take the next argument as their value.
    let mut with_value = Vec::new();
    for a in cmd.get_arguments().filter(|a| a.get_action().takes_values() && !a.is_positional()) {
        with_value.extend(a.get_short().map(|s| format!("-{s}")));
        with_value.extend(a.get_long().map(|l| format!("--{l}")));
        with_value.extend(a.get_all_aliases().unwrap_or_default().into_iter().map(|l| format!("--{l}")));
    }
    let mut rest: Vec<OsString> = Vec::new();
    while let Some(a) = args.next() {
        let text = a.to_string_lossy();
        if text == "--" {
            break;
        }
        if text.len() <= 1 || !text.starts_with('-') {
            rest.push(a);
            break;
        }
        let takes_value = with_value.iter().any(|o| *o == text);
        own.push(a);
        if takes_value && let Some(v) = args.next() {
            own.push(v);
        }
    }
    rest.extend(args);
    (own, rest)
}

/// Node's path.resolve(cwd, p): an absolute path with `.` and `..` resolved lexically.
fn resolve_path(p: &str) -> String {
    let joined = match std::env::current_dir() {
        Ok(cwd) => cwd.join(p),
        Err(_) => PathBuf::from(p),
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if out.parent().is_some() {
                    out.pop();
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out.to_string_lossy().into_owned()
}

/// Source bytes as text: invalid UTF-8 becomes U+FFFD, one per maximal invalid
/// subsequence, as V8 decodes a UTF-8 script (Node reads files as UTF-8 this way).
fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// What to run: the source, its name in stack traces and `process.argv`.
struct Script {
    source: String,
    file: String,
    argv: Vec<String>,
    /// A file (not `-e` code or stdin).
    is_file: bool,
}

/// Picks the script as Node does (src/node.cc / lib/internal/main/*): `-e` code, else the
/// first non-option argument (`-` for stdin), else stdin when it is not a terminal.
fn script(eval: Option<&String>, rest: Vec<OsString>) -> Result<Script, String> {
    let exe = std::env::current_exe().map_or_else(|_| "spindle".into(), |p| p.to_string_lossy().into_owned());
    let mut rest = rest.into_iter().map(|a| a.to_string_lossy().into_owned());
    if let Some(code) = eval {
        let argv = std::iter::once(exe).chain(rest).collect();
        return Ok(Script { source: code.clone(), file: "[eval]".into(), argv, is_file: false });
    }
    let read_stdin = || {
        let mut bytes = Vec::new();
        match std::io::stdin().lock().read_to_end(&mut bytes) {
            Ok(_) => Ok(decode(bytes)),
            Err(e) => Err(format!("spindle: cannot read stdin: {e}")),
        }
    };
    match rest.next() {
        Some(f) if f == "-" => {
            let argv = [exe, f].into_iter().chain(rest).collect();
            Ok(Script { source: read_stdin()?, file: "[stdin]".into(), argv, is_file: false })
        }
        Some(f) => {
            let source = match std::fs::read(Path::new(&f)) {
                Ok(bytes) => decode(bytes),
                Err(e) => return Err(format!("spindle: cannot read '{f}': {e}")),
            };
            let argv = [exe, resolve_path(&f)].into_iter().chain(rest).collect();
            Ok(Script { source, file: f, argv, is_file: true })
        }
        None if !std::io::stdin().is_terminal() => {
            Ok(Script { source: read_stdin()?, file: "[stdin]".into(), argv: vec![exe], is_file: false })
        }
        None => Ok(Script { source: String::new(), file: String::new(), argv: vec![exe], is_file: false }),
    }
}

/// The permission model's grants with `--permission`; without it everything, as in Node.
fn permissions(m: &clap::ArgMatches) -> std::sync::Arc<Permissions> {
    if !m.get_flag("permission") {
        return std::sync::Arc::new(Permissions::all());
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    let grants = |name: &str| {
        let values: Vec<String> = m.get_many::<String>(name).map(|v| v.cloned().collect()).unwrap_or_default();
        Grants::parse(&values, &cwd)
    };
    std::sync::Arc::new(Permissions {
        fs_read: grants("allow-fs-read"),
        fs_write: grants("allow-fs-write"),
        child_process: m.get_flag("allow-child-process"),
        worker: m.get_flag("allow-worker"),
    })
}

fn main() -> ExitCode {
    let cmd = cli();
    let (own, rest) = split_command_line(&cmd, std::env::args_os().collect());
    let exec_argv: Vec<String> = own.iter().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let m = cmd.get_matches_from(own);
    let Script { source, file, argv, is_file } = match script(m.get_one::<String>("eval"), rest) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let options = RunOptions {
        vm: VmOptions {
            gc_stress: m.get_flag("gc-stress"),
            max_heap_bytes: m
                .get_one::<u64>("max-heap-mb")
                .map(|mb| usize::try_from(*mb).unwrap_or(usize::MAX).saturating_mul(1 << 20)),
            // Node's main thread may block in Atomics.wait.
            can_block: true,
            show_state: m.get_flag("show-state"),
            ..Default::default()
        },
        argv,
        exec_argv,
        env: None,
        // As with timeout(1), 0 means no limit.
        timeout: m.get_one::<u64>("timeout").filter(|ms| **ms > 0).map(|ms| Duration::from_millis(*ms)),
        exit_after_run: true,
        unhandled_rejections: m
            .get_one::<String>("unhandled-rejections")
            .and_then(|mode| spindle_runtime::UnhandledRejections::parse(mode))
            .unwrap_or_default(),
        no_warnings: m.get_flag("no-warnings"),
        permissions: permissions(&m),
        trace: m.get_one::<String>("trace-async").map(|value| {
            spindle_runtime::trace::TraceOptions::parse(value, m.get_one::<String>("trace-filter").map(String::as_str))
        }),
        // No network: http(s) scripts fail to load.
        resources: None,
        base_url: None,
    };
    // No script and stdin a terminal: the REPL.
    if file.is_empty() && m.get_one::<String>("eval").is_none() {
        let code = on_large_stack(move || repl::run(options)).unwrap_or(1);
        return ExitCode::from(u8::try_from(code & 0xFF).unwrap_or(1));
    }
    let dump = m.get_flag("dump-bytecode");
    let force_module = m.get_flag("module");
    let input_module = m.get_one::<String>("input-type").is_some_and(|t| t == "module");
    let outcome = on_large_stack(move || {
        if dump {
            let mut vm = spindle::Vm::new(options.vm);
            return match spindle::compiler::compile_script(&mut vm.heap, &source, &file) {
                Ok(code) => {
                    print!("{}", spindle::bytecode::disasm::disassemble(&vm.heap, &code));
                    0
                }
                Err(e) => {
                    eprintln!("{e}");
                    1
                }
            };
        }
        let entry = if is_file {
            Entry::File { path: Path::new(&file), source: &source, force_module }
        } else if input_module || force_module {
            Entry::ModuleSource { source: &source }
        } else {
            Entry::Script { source: &source, name: &file }
        };
        match spindle_runtime::run(entry, options) {
            Outcome::Ok => 0,
            Outcome::SyntaxError(s) | Outcome::Uncaught(s) | Outcome::UnhandledRejection(s) => {
                eprintln!("{s}");
                1
            }
            Outcome::Fatal(s) => {
                eprintln!("FATAL ERROR: {s}");
                1
            }
            Outcome::UnsettledTopLevelAwait => 13,
            Outcome::Exit(code) => code as u8,
            Outcome::TimedOut(limit) => {
                eprintln!("spindle: script timed out after {} ms", limit.as_millis());
                EXIT_TIMEOUT
            }
        }
    });
    match outcome {
        Ok(code) => ExitCode::from(code),
        _ => {
            eprintln!("spindle: internal error");
            ExitCode::from(70)
        }
    }
}

/// Runs `f` on a stack of 512 MB: native re-entry (getters, callbacks) and the compiler
/// recurse. A panic is returned as an error.
///
/// The stack is a mapping switched to on this (the main) thread, not a thread of its own:
/// glibc gives a second thread a malloc arena of its own, grown one `mprotect` per few
/// pages (69 calls while the built-ins are made), and the thread's creation, exit and join
/// came on top. Start-up of an empty script took 0.17 ms less this way (docs/performance.md,
/// seventeenth part).
fn on_large_stack<R>(f: impl FnOnce() -> R) -> std::thread::Result<R> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stacker::grow(512 << 20, f)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(args: &[&str]) -> (Vec<String>, Vec<String>) {
        let (own, rest) = split_command_line(&cli(), args.iter().map(OsString::from).collect());
        let text = |v: Vec<OsString>| v.into_iter().map(|a| a.to_string_lossy().into_owned()).collect();
        (text(own), text(rest))
    }

    #[test]
    fn arguments_after_the_script_belong_to_the_script() {
        assert_eq!(
            split(&["spindle", "--gc-stress", "f.js", "a", "--x", "--timeout", "5", "-e", "y"]),
            (
                vec!["spindle".into(), "--gc-stress".into()],
                vec!["f.js", "a", "--x", "--timeout", "5", "-e", "y"].into_iter().map(String::from).collect()
            )
        );
    }

    #[test]
    fn option_values_stdin_dash_and_double_dash() {
        let (own, rest) = split(&["spindle", "--max-old-space-size", "64", "--timeout=100", "-", "a"]);
        assert_eq!((own.len(), rest), (4, vec!["-".to_string(), "a".into()]));
        let (own, rest) = split(&["spindle", "-e", "code", "p", "q"]);
        assert_eq!((own, rest), (vec!["spindle".into(), "-e".into(), "code".into()], vec!["p".into(), "q".into()]));
        let (own, rest) = split(&["spindle", "--", "--odd-name.js", "z"]);
        assert_eq!((own, rest), (vec!["spindle".into()], vec!["--odd-name.js".into(), "z".into()]));
        let (_, rest) = split(&["spindle", "f.js", "--", "x"]);
        assert_eq!(rest, ["f.js", "--", "x"]);
    }

    #[test]
    fn max_old_space_size_is_an_alias_of_max_heap_mb() {
        for args in [&["spindle", "--max-old-space-size", "64"][..], &["spindle", "--max-old-space-size=64"]] {
            let m = cli().try_get_matches_from(args).expect("parses");
            assert_eq!(m.get_one::<u64>("max-heap-mb"), Some(&64));
        }
    }

    #[test]
    fn script_path_in_argv_is_absolute_and_normalized() {
        let cwd = std::env::current_dir().expect("cwd");
        let expected = cwd.parent().unwrap_or(&cwd).join("x.js");
        assert_eq!(resolve_path("./sub/../../x.js"), expected.to_string_lossy());
        assert_eq!(resolve_path("/a/./b/../c.js"), "/a/c.js");
    }

    #[test]
    fn the_script_and_its_arguments_make_argv_in_nodes_layout() {
        let dir = std::env::temp_dir().join(format!("spindle-cli-unit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let f = dir.join("args.js");
        std::fs::write(&f, b"1 + \xff;").expect("write");
        let f = f.to_string_lossy().into_owned();
        let rest = [f.as_str(), "a", "--x", "-"].map(OsString::from).to_vec();
        let s = script(None, rest).expect("script");
        assert_eq!(s.argv[1..], [f.clone(), "a".into(), "--x".into(), "-".into()]);
        assert!(Path::new(&s.argv[0]).is_absolute(), "{:?}", s.argv);
        assert_eq!((s.source.as_str(), s.file.as_str()), ("1 + \u{fffd};", f.as_str()));
        let code = "0".to_string();
        let s = script(Some(&code), ["p", "q"].map(OsString::from).to_vec()).expect("eval");
        assert_eq!((s.file.as_str(), &s.argv[1..]), ("[eval]", &["p".to_string(), "q".into()][..]));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn invalid_utf8_becomes_replacement_characters() {
        assert_eq!(decode(b"a\xffb\xe2\x82c\xf0\x9f\x98d".to_vec()), "a\u{fffd}b\u{fffd}c\u{fffd}d");
        assert_eq!(decode(b"\xc0\xafe\xed\xa0\x80f".to_vec()), "\u{fffd}\u{fffd}e\u{fffd}\u{fffd}\u{fffd}f");
    }
}
