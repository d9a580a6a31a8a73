//! A script reading a terminal: `readline` over `process.stdin` on a pseudo-terminal puts it
//! in raw mode and edits the line itself (the cursor keys move inside the line), and closing
//! the interface lets the process end.

#![cfg(unix)]

use rexpect::session::spawn_command;
use std::process::Command;

#[test]
fn readline_edits_a_line_in_raw_mode_and_close_ends_the_process() {
    let dir = std::env::temp_dir().join(format!("spindle-tty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("ask.js");
    std::fs::write(
        &script,
        "const readline = require('readline');\n\
         const rl = readline.createInterface({ input: process.stdin, output: process.stdout });\n\
         rl.question('name? ', (answer) => {\n\
           console.log(`[${answer}] raw during question: ${process.stdin.isRaw}`);\n\
           rl.close();\n\
         });\n\
         rl.on('close', () => console.log('closed, raw after close: ' + process.stdin.isRaw));\n",
    )
    .expect("write script");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_spindle"));
    cmd.arg(&script).env("NO_COLOR", "1").env("TERM", "xterm");
    let mut s = spawn_command(cmd, Some(10_000)).expect("spawn spindle");
    s.exp_string("name? ").expect("prompt");
    // "Ann", cursor left, "X": edited in the line, as Node's readline does in raw mode.
    // Each key is flushed (rexpect's writer is line-buffered) and comes a moment after the
    // one before, as a person types: keys arriving in one read are a paste to readline.
    for key in ["Ann", "\x1b[D", "X", "\r"] {
        s.send(key).unwrap();
        s.flush().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    s.exp_string("[AnXn] raw during question: true").expect("the edited answer");
    s.exp_string("closed, raw after close: false").expect("close");
    // The process ends by itself: nothing is left reading the terminal.
    s.exp_eof().expect("the process exits after rl.close()");
    let _ = std::fs::remove_dir_all(&dir);
}
