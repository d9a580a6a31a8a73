//! The `spindle` command: run a script file or `-e` code.

use clap::{Arg, ArgAction, Command};
use spindle::vm::VmOptions;
use spindle_runtime::Outcome;
use std::process::ExitCode;

fn cli() -> Command {
    Command::new("spindle")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Spindle: a JavaScript engine built around async JavaScript")
        .arg(Arg::new("eval").short('e').long("eval").value_name("CODE").help("Run CODE instead of a file"))
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
                .value_name("N")
                .value_parser(clap::value_parser!(u64))
                .help("Heap limit in MiB"),
        )
        .arg(Arg::new("file").value_name("FILE").help("Script to run"))
        .arg(Arg::new("args").value_name("ARGS").num_args(0..).trailing_var_arg(true).help("Arguments for the script"))
}

fn main() -> ExitCode {
    let m = cli().get_matches();
    let (source, file) = if let Some(code) = m.get_one::<String>("eval") {
        (code.clone(), "[eval]".to_string())
    } else if let Some(f) = m.get_one::<String>("file") {
        match std::fs::read_to_string(f) {
            Ok(s) => (s, f.clone()),
            Err(e) => {
                eprintln!("spindle: cannot read '{f}': {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        eprintln!("spindle: no script given (try 'spindle FILE.js' or 'spindle --help')");
        return ExitCode::from(2);
    };
    let options = VmOptions {
        gc_stress: m.get_flag("gc-stress"),
        max_heap_bytes: m.get_one::<u64>("max-heap-mb").map(|mb| (*mb as usize) << 20),
        ..Default::default()
    };
    let dump = m.get_flag("dump-bytecode");
    // Run on a thread with a large stack: native re-entry (getters, callbacks) recurses.
    let handle = std::thread::Builder::new().stack_size(512 << 20).spawn(move || {
        if dump {
            let mut vm = spindle::Vm::new(options);
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
        match spindle_runtime::run_script(&source, &file, options) {
            Outcome::Ok => 0,
            Outcome::SyntaxError(s) => {
                eprintln!("{s}");
                1
            }
            Outcome::Uncaught(s) => {
                eprintln!("{s}");
                1
            }
            Outcome::Fatal(s) => {
                eprintln!("FATAL ERROR: {s}");
                1
            }
            Outcome::UnhandledRejections => 1,
        }
    });
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("spindle: internal error");
            ExitCode::from(70)
        }
    }
}
