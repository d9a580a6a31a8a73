//! The REPL (Node: lib/repl.js): `spindle` with no script on a terminal.
//!
//! Two threads: the line editor (rustyline, `input.rs`) reads on its own thread, so the
//! event loop keeps running timers and Immediates on this one while the prompt waits
//! (`EventLoop::run_until` the next line). Each input is evaluated as a script in the same
//! engine (declarations persist), after `await_rewrite.rs` turned top-level `await` into
//! an async function the REPL waits for. Ctrl-C during an evaluation sets the engine's
//! interrupt flag (the terminal is not in raw mode then, so Ctrl-C is a SIGINT), which
//! stops the script at its next safepoint and returns to the prompt.

mod await_rewrite;
mod input;

use input::{Input, Request};
use spindle::Value;
use spindle::builtins::inspect::{InspectOptions, inspect_with};
use spindle::object::NativeCall;
use spindle::vm::{INTERRUPTED, JsResult, ScriptError, Vm};
use spindle_runtime::{EventLoop, Outcome, RunOptions, new_engine, with_runtime};
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

const HELP: &str = ".break     Sometimes you get stuck, this gets you out
.clear     Alias for .break
.editor    Enter editor mode
.exit      Exit the REPL
.help      Print this help message
.load      Load JS from a file into the REPL session
.save      Save all evaluated commands in this REPL session to a file

Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL";

thread_local! {
    /// Woken when the promise of an awaited input settles.
    static SETTLED: Rc<tokio::sync::Notify> = Rc::new(tokio::sync::Notify::new());
}

/// Runs the REPL until `.exit`, Ctrl-D or `process.exit()`; the exit code.
pub fn run(mut options: RunOptions) -> i32 {
    let interrupt = Arc::new(AtomicBool::new(false));
    // SIGINT while a script runs (the editor is not in raw mode then) interrupts it.
    if let Err(e) = signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&interrupt)) {
        eprintln!("spindle: cannot watch for Ctrl-C: {e}");
    }
    options.vm.interrupt = Some(Arc::clone(&interrupt));
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("spindle: cannot start the event loop: {e}");
            return 1;
        }
    };
    let (editor, lines) = input::start();
    runtime.block_on(async move {
        let lp = EventLoop::new(new_engine(&options), None);
        let mut repl = Repl { lp, editor, lines, interrupt, count: 0, use_colors: false };
        repl.setup();
        println!("Welcome to Spindle {} (Node.js v20.20.2 compatible).", env!("CARGO_PKG_VERSION"));
        println!("Type \".help\" for more information.");
        repl.main_loop().await
    })
}

struct Repl {
    lp: EventLoop,
    editor: std::sync::mpsc::Sender<Request>,
    lines: tokio::sync::mpsc::UnboundedReceiver<Input>,
    interrupt: Arc<AtomicBool>,
    /// Inputs evaluated so far (scripts are named REPL1, REPL2, … as in Node).
    count: u32,
    /// Results are inspected with colours (Node: REPLServer's `useColors`).
    use_colors: bool,
}

impl Repl {
    fn setup(&mut self) {
        let vm = &mut self.lp.vm;
        spindle_runtime::loader::cjs::define_script_globals(vm, "REPL");
        with_runtime(vm, |_, h| h.uncaught_continues = true);
        self.use_colors = should_colorize_stdout(vm);
    }

    async fn main_loop(&mut self) -> i32 {
        let mut saved: Vec<String> = Vec::new();
        let mut interrupted_once = false;
        loop {
            let Some(input) = self.next_input(Request::Line).await else { return 0 };
            let code = match input {
                Ok(Input::Line(line)) => line,
                Ok(Input::Interrupted) => {
                    if interrupted_once {
                        return 0;
                    }
                    interrupted_once = true;
                    println!("(To exit, press Ctrl+C again or Ctrl+D or type .exit)");
                    continue;
                }
                Ok(Input::Eof) => return 0,
                Ok(Input::Complete(..)) => continue,
                Err(code) => return code,
            };
            interrupted_once = false;
            let trimmed = code.trim();
            if trimmed.is_empty() {
                continue;
            }
            if let Some(command) = trimmed.strip_prefix('.')
                && !command.starts_with(|c: char| c.is_ascii_digit())
            {
                match self.command(command, &saved).await {
                    Command::Exit => return 0,
                    Command::Evaluate(source) => {
                        if let Err(code) = self.evaluate(&source).await {
                            return code;
                        }
                    }
                    Command::Done => {}
                }
                continue;
            }
            saved.push(code.clone());
            if let Err(code) = self.evaluate(&code).await {
                return code;
            }
        }
    }

    /// Asks the editor for input (a line or, in editor mode, a block) and runs the event
    /// loop until it comes, answering completion requests meanwhile. None when the editor
    /// is gone; Err(code) when the program exited while waiting.
    async fn next_input(&mut self, request: Request) -> Option<Result<Input, i32>> {
        if self.editor.send(request).is_err() {
            return None;
        }
        loop {
            let waited = {
                let next = std::pin::pin!(self.lines.recv());
                self.lp.run_until(next).await
            };
            let input = match waited {
                Ok(Some(input)) => input,
                Ok(None) => return None,
                Err(outcome) => match self.report_outcome(outcome) {
                    Some(code) => return Some(Err(code)),
                    // An error from a timer was printed; the prompt is still waiting.
                    None => continue,
                },
            };
            if let Input::Complete(line, reply) = input {
                let _ = reply.send(self.complete(&line));
                continue;
            }
            return Some(Ok(input));
        }
    }

    async fn command(&mut self, command: &str, saved: &[String]) -> Command {
        let (name, arg) = command.split_once(char::is_whitespace).unwrap_or((command, ""));
        let arg = arg.trim();
        match name {
            "exit" => Command::Exit,
            "help" => {
                println!("{HELP}");
                Command::Done
            }
            "break" | "clear" => Command::Done,
            "load" => match std::fs::read_to_string(arg) {
                Ok(source) => Command::Evaluate(source),
                Err(_) => {
                    println!("Failed to load: {arg}");
                    Command::Done
                }
            },
            "save" => {
                match std::fs::write(arg, saved.join("\n") + "\n") {
                    Ok(()) => println!("Session saved to: {arg}"),
                    Err(_) => println!("Failed to save: {arg}"),
                }
                Command::Done
            }
            "editor" => {
                println!("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)");
                match self.next_input(Request::Editor).await {
                    Some(Ok(Input::Line(block))) => Command::Evaluate(block),
                    Some(Err(_)) | None => Command::Exit,
                    Some(Ok(_)) => Command::Done,
                }
            }
            _ => {
                println!("Invalid REPL keyword");
                Command::Done
            }
        }
    }

    /// Evaluates one input and prints its result (or its error). Err(code) when the
    /// program asked to exit.
    async fn evaluate(&mut self, code: &str) -> Result<(), i32> {
        self.count += 1;
        let name = format!("REPL{}", self.count);
        let source = wrap_object_literal(code);
        let rewritten = await_rewrite::process_top_level_await(&source);
        self.interrupt.store(false, Ordering::Release);
        let result = self.lp.vm.eval_script(rewritten.as_deref().unwrap_or(&source), &name);
        let value = match result {
            Ok(v) => v,
            Err(ScriptError::Syntax(e)) => {
                println!("Uncaught SyntaxError: {}", e.message);
                return Ok(());
            }
            Err(ScriptError::Thrown(e)) => return self.print_error(e),
        };
        let held = self.lp.vm.persist(value);
        let value = if rewritten.is_some() { self.await_promise(value).await } else { Ok(Some(value)) };
        self.lp.vm.unpersist(held);
        let value = match value {
            Ok(Some(v)) => v,
            Ok(None) => return Ok(()),
            Err(e) => return self.print_error(e),
        };
        let held = self.lp.vm.persist(value);
        let checkpoint = self.lp.checkpoint();
        self.lp.vm.unpersist(held);
        if let Err(outcome) = checkpoint
            && let Some(code) = self.report_outcome(outcome)
        {
            return Err(code);
        }
        let options = InspectOptions { colors: self.use_colors, ..InspectOptions::default() };
        let text = inspect_with(&mut self.lp.vm, value, options)
            .unwrap_or_else(|_| spindle::builtins::inspect::inspect(&mut self.lp.vm, value));
        println!("{text}");
        self.set_global("_", value);
        Ok(())
    }

    /// Waits (running the loop) for the promise of a rewritten input: its value, its
    /// rejection as Err, or None when Ctrl-C gave up waiting.
    async fn await_promise(&mut self, promise: Value) -> Result<Option<Value>, Value> {
        let Value::Object(p) = promise else { return Ok(Some(promise)) };
        let notify = self.lp.vm.new_native("settled", 1, settled, false);
        self.lp.vm.perform_promise_then(
            p,
            Value::Object(notify),
            Value::Object(notify),
            spindle::jobs::Capability::None,
        );
        loop {
            if let Err(outcome) = self.lp.checkpoint()
                && self.report_outcome(outcome).is_some()
            {
                return Ok(None);
            }
            match self.lp.vm.promise_state(p) {
                Some((spindle::jobs::PromiseState::Fulfilled, v)) => return Ok(Some(v)),
                Some((spindle::jobs::PromiseState::Rejected, e)) => return Err(e),
                _ => {}
            }
            let wake = SETTLED.with(Rc::clone);
            let ctrl_c = async {
                let _ = tokio::signal::ctrl_c().await;
            };
            let waited = std::pin::pin!(async {
                tokio::select! {
                    _ = wake.notified() => true,
                    _ = ctrl_c => false,
                }
            });
            match self.lp.run_until(waited).await {
                Ok(true) => {}
                Ok(false) => return Ok(None),
                Err(outcome) => {
                    if self.report_outcome(outcome).is_some() {
                        return Ok(None);
                    }
                }
            }
        }
    }

    /// Prints an error thrown by an input, as Node's REPL does (`Uncaught …`, without the
    /// REPL's own top-level frames), and keeps it as `_error`.
    fn print_error(&mut self, e: Value) -> Result<(), i32> {
        let vm = &mut self.lp.vm;
        if let Some(reason) = vm.terminating.take() {
            if reason == INTERRUPTED {
                println!("Uncaught Error: Script execution was interrupted by `SIGINT`");
                return Ok(());
            }
            if reason == spindle_runtime::node::process::EXIT_REQUESTED {
                return Err(with_runtime(vm, |_, h| h.exit_code.unwrap_or(0)));
            }
            println!("FATAL ERROR: {reason}");
            return Err(1);
        }
        let text = spindle_runtime::describe_uncaught(vm, e);
        println!("{}", strip_repl_frames(&text));
        self.set_global("_error", e);
        Ok(())
    }

    /// Prints what ended a loop run; Some(code) when the program is to exit.
    fn report_outcome(&mut self, outcome: Outcome) -> Option<i32> {
        match outcome {
            Outcome::Uncaught(text) | Outcome::UnhandledRejection(text) => {
                println!("{}", strip_repl_frames(&text));
                None
            }
            Outcome::Exit(code) => Some(code),
            Outcome::Fatal(reason) if reason == INTERRUPTED => {
                println!("Uncaught Error: Script execution was interrupted by `SIGINT`");
                None
            }
            Outcome::Fatal(reason) => {
                println!("FATAL ERROR: {reason}");
                Some(1)
            }
            Outcome::SyntaxError(text) => {
                println!("{text}");
                None
            }
            Outcome::TimedOut(_) | Outcome::UnsettledTopLevelAwait | Outcome::Ok => None,
        }
    }

    fn set_global(&mut self, name: &str, value: Value) {
        let vm = &mut self.lp.vm;
        let global = vm.global_object();
        let key = vm.key_str(name);
        let _ = vm.set(global, key, value, Value::Object(global));
    }

    /// Tab completion: the property names of the object an `a.b.` path names, or the
    /// global names, starting with what was typed (Node: lib/repl.js complete).
    fn complete(&mut self, line: &str) -> (usize, Vec<String>) {
        let start = line
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == '$' || c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let expr = &line[start..];
        let (path, prefix) = match expr.rfind('.') {
            Some(dot) => (Some(&expr[..dot]), &expr[dot + 1..]),
            None => (None, expr),
        };
        let vm = &mut self.lp.vm;
        let mut target = Value::Object(vm.global_object());
        if let Some(path) = path {
            for part in path.split('.') {
                let Value::Object(o) = target else { return (0, Vec::new()) };
                let key = vm.key_str(part);
                target = match vm.get(o, key, target) {
                    Ok(v) => v,
                    Err(_) => return (0, Vec::new()),
                };
            }
        }
        let mut names = property_names(vm, target);
        if path.is_none() {
            names.extend(KEYWORDS.iter().map(|k| k.to_string()));
        }
        names.retain(|n| n.starts_with(prefix) && is_identifier(n));
        names.sort();
        names.dedup();
        (line.len() - prefix.len(), names)
    }
}

enum Command {
    Exit,
    Evaluate(String),
    Done,
}

/// The native the awaited promise's reactions call.
fn settled(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    SETTLED.with(|n| n.notify_one());
    Ok(Value::Undefined)
}

/// Node: an input starting with `{` and not ending with `;` is tried as an object literal.
fn wrap_object_literal(code: &str) -> String {
    let trimmed = code.trim();
    if trimmed.starts_with('{') && !trimmed.ends_with(';') {
        let wrapped = format!("({trimmed})");
        if input::parses(&wrapped) {
            return wrapped;
        }
    }
    code.to_string()
}

/// Drops the `at REPLn:line:col` frames of the inputs' own top level.
fn strip_repl_frames(text: &str) -> String {
    text.lines()
        .filter(|l| {
            // "at REPL3:1:7": an input's top level (named frames stay, as in Node).
            let t = l.trim_start();
            !(t.starts_with("at REPL") && t.split(' ').count() == 2)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The string-keyed properties along `v`'s prototype chain.
fn property_names(vm: &mut Vm, v: Value) -> Vec<String> {
    let mut names = Vec::new();
    let mut cur = match v {
        Value::Object(o) => Some(o),
        Value::String(_) => Some(vm.intrinsics().string_prototype),
        Value::Number(_) => Some(vm.intrinsics().number_prototype),
        _ => None,
    };
    let mut guard = 0;
    while let Some(o) = cur {
        guard += 1;
        if guard > 64 {
            break;
        }
        for key in vm.own_property_keys(o).unwrap_or_default() {
            if !matches!(key, spindle::object::property::PropertyKey::Symbol(_)) {
                names.push(vm.key_display(key));
            }
        }
        cur = vm.obj(o).proto();
    }
    names
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

const KEYWORDS: &[&str] = &[
    "async",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "let",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// Node: lib/repl.js — on a terminal, `useColors` defaults to shouldColorize(output): the
/// terminal's colour depth as the environment tells it (`TERM`, `COLORTERM`, `NO_COLOR`,
/// `FORCE_COLOR`, …; lib/internal/tty.js getColorDepth) is more than 16 colours' worth.
fn should_colorize_stdout(vm: &mut Vm) -> bool {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return false;
    }
    let depth = (|| -> JsResult<Value> {
        let tty = spindle_runtime::loader::builtins::builtin_exports(vm, "internal/tty")?;
        let Value::Object(tty) = tty else { return Ok(Value::Undefined) };
        let key = vm.key_str("getColorDepth");
        let get_color_depth = vm.get(tty, key, Value::Object(tty))?;
        vm.call(get_color_depth, Value::Undefined, &[])
    })();
    matches!(depth, Ok(Value::Number(n)) if n > 2.0)
}
