//! The REPL driven through a pseudo-terminal, as a person at a terminal uses it: multi-line
//! input, top-level `await` of a timer, an exception that leaves the REPL running, Ctrl-C
//! out of an endless loop, tab completion, history in a file, `.exit`.

#![cfg(unix)]

use rexpect::session::{PtySession, spawn_command};
use std::process::Command;

/// The variables Node's getColorDepth reads, removed so that a test decides the colours.
const COLOUR_VARIABLES: &[&str] =
    &["FORCE_COLOR", "NO_COLOR", "NODE_DISABLE_COLORS", "CI", "TMUX", "TERM_PROGRAM", "COLORTERM", "TEAMCITY_VERSION"];

/// A REPL on a pseudo-terminal without colours (`NO_COLOR`), so that results are plain text.
fn start(history: &std::path::Path) -> PtySession {
    start_with(history, &[("NO_COLOR", "1")])
}

fn start_with(history: &std::path::Path, vars: &[(&str, &str)]) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_spindle"));
    cmd.env("SPINDLE_REPL_HISTORY", history);
    for var in COLOUR_VARIABLES {
        cmd.env_remove(var);
    }
    cmd.envs(vars.iter().copied());
    let mut s = spawn_command(cmd, Some(10_000)).expect("spawn the REPL");
    s.exp_string("Type \".help\" for more information.").expect("banner");
    s.exp_string("> ").expect("first prompt");
    s
}

fn temp_history(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("spindle-repl-{}-{name}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir.join("history")
}

/// Sends `line` and waits for `expected` at the start of an output line (so that it cannot
/// match inside the editor's escape sequences), then for the next prompt.
fn eval(s: &mut PtySession, line: &str, expected: &str) {
    s.send_line(line).expect("send");
    let at_line_start = format!("\n{expected}");
    s.exp_string(&at_line_start).unwrap_or_else(|e| panic!("after {line:?}: expected {expected:?}: {e}"));
    s.exp_string("> ").expect("prompt");
}

#[test]
fn repl_session() {
    let history = temp_history("session");
    let mut s = start(&history);
    eval(&mut s, "1 + 1", "2");
    // A function typed over three lines is one input.
    s.send_line("function twice(a) {").unwrap();
    s.send_line("  return a * 2").unwrap();
    s.send_line("}").unwrap();
    s.exp_string("\nundefined").unwrap();
    s.exp_string("> ").unwrap();
    eval(&mut s, "twice(21)", "42");
    // Top-level await of a timer; its declarations stay visible.
    eval(&mut s, "const t = await new Promise((r) => setTimeout(() => r('tick'), 30)); t.length", "4");
    eval(&mut s, "t", "'tick'");
    // An exception is reported and the REPL goes on, with `_error` and `_` set.
    eval(&mut s, "throw new RangeError('boom')", "Uncaught RangeError: boom");
    eval(&mut s, "_error.message", "'boom'");
    eval(&mut s, "[1, 2].length", "2");
    eval(&mut s, "_ + 1", "3");
    // Ctrl-C stops an endless loop and returns to the prompt with the state intact.
    s.send_line("while (true) {}").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    s.send_control('c').unwrap();
    s.exp_string("Script execution was interrupted by `SIGINT`").unwrap();
    s.exp_string("> ").unwrap();
    eval(&mut s, "twice(2)", "4");
    // Tab completes a property name of a global object.
    s.send("Math.SQRT1\t").unwrap();
    s.flush().unwrap();
    s.exp_string("Math.SQRT1_2").unwrap();
    s.send_line("").unwrap();
    s.exp_string("\n0.7071067811865476").unwrap();
    s.exp_string("> ").unwrap();
    s.send_line(".exit").unwrap();
    s.exp_eof().unwrap();
    // The inputs were written to the history file.
    let saved = std::fs::read_to_string(&history).unwrap();
    assert!(saved.contains("twice(21)"), "{saved}");
}

#[test]
fn repl_help_and_ctrl_d() {
    let history = temp_history("help");
    let mut s = start(&history);
    eval(&mut s, ".help", ".editor    Enter editor mode");
    eval(&mut s, "({ a: 1 })", "{ a: 1 }");
    eval(&mut s, "{ b: 2 }", "{ b: 2 }");
    s.send_control('d').unwrap();
    s.exp_eof().unwrap();
}

/// On a terminal whose `TERM` promises 256 colours, results are coloured as Node's REPL
/// colours them (util.inspect's default styles); `NO_COLOR` turns that off and
/// `FORCE_COLOR` turns it on for any `TERM`.
#[test]
fn repl_colours_follow_the_terminal() {
    let history = temp_history("colours");
    let mut s = start_with(&history, &[("TERM", "xterm-256color")]);
    eval(&mut s, "1 + 1", "\x1b[33m2\x1b[39m");
    eval(&mut s, "['a', null, undefined]", "[ \x1b[32m'a'\x1b[39m, \x1b[1mnull\x1b[22m, \x1b[90mundefined\x1b[39m ]");
    eval(&mut s, "process.stdout.hasColors(256)", "\x1b[33mtrue\x1b[39m");
    s.send_line(".exit").unwrap();
    s.exp_eof().unwrap();

    let mut s = start_with(&history, &[("TERM", "dumb-ish"), ("FORCE_COLOR", "1")]);
    eval(&mut s, "'x'", "\x1b[32m'x'\x1b[39m");
    s.send_line(".exit").unwrap();
    s.exp_eof().unwrap();

    let mut s = start_with(&history, &[("TERM", "xterm-256color"), ("NO_COLOR", "1")]);
    eval(&mut s, "[process.stdout.getColorDepth(), process.stdout.hasColors()]", "[ 1, false ]");
    s.send_line(".exit").unwrap();
    s.exp_eof().unwrap();
}
