//! The REPL's line editor on its own thread: rustyline with multi-line input (an input
//! that ends where the parser wanted more continues on the next line), history in a file,
//! and tab completion answered by the engine's thread.

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Editor, Helper, Highlighter, Hinter};
use std::sync::mpsc;

/// What the engine's thread asks of the editor.
pub enum Request {
    /// One input (possibly several lines).
    Line,
    /// Editor mode: lines until Ctrl-D, as one input.
    Editor,
}

/// What the editor sends to the engine's thread.
pub enum Input {
    Line(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// Ctrl-D, or the terminal went away.
    Eof,
    /// Tab completion of the line (up to the cursor): the answer is the offset where the
    /// candidates start and the candidates.
    Complete(String, mpsc::Sender<(usize, Vec<String>)>),
}

type Lines = tokio::sync::mpsc::UnboundedSender<Input>;

#[derive(Helper, Highlighter, Hinter)]
struct ReplHelper {
    engine: Lines,
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (reply, answer) = mpsc::channel();
        if self.engine.send(Input::Complete(line[..pos].to_string(), reply)).is_err() {
            return Ok((pos, Vec::new()));
        }
        let (start, names) = answer.recv().unwrap_or((pos, Vec::new()));
        Ok((start, names.into_iter().map(|n| Pair { display: n.clone(), replacement: n }).collect()))
    }
}

impl Validator for ReplHelper {
    fn validate(&self, ctx: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        let input = ctx.input();
        if input.trim_start().starts_with('.') || !wants_more(input) {
            Ok(ValidationResult::Valid(None))
        } else {
            Ok(ValidationResult::Incomplete)
        }
    }
}

/// Whether `source` parses as a script (or, with top-level await, a module).
pub fn parses(source: &str) -> bool {
    let allocator = oxc_allocator::Allocator::default();
    let ret = oxc_parser::Parser::new(&allocator, source, oxc_span::SourceType::cjs()).parse();
    !ret.panicked && ret.diagnostics.is_empty()
}

/// Node's isRecoverableError: the input is cut short (the parser failed at its very end,
/// or inside an unterminated template or comment), so the next line continues it.
fn wants_more(source: &str) -> bool {
    let allocator = oxc_allocator::Allocator::default();
    let ret = oxc_parser::Parser::new(&allocator, source, oxc_span::SourceType::mjs()).parse();
    if ret.diagnostics.is_empty() {
        return false;
    }
    let end = source.trim_end().len();
    ret.diagnostics.iter().any(|d| {
        let text = d.to_string();
        text.contains("Unterminated template")
            || text.contains("Unterminated multiline comment")
            || d.labels.iter().any(|l| l.offset() as usize >= end)
    })
}

/// The history file: $SPINDLE_REPL_HISTORY (empty: none), else ~/.spindle_repl_history.
fn history_path() -> Option<std::path::PathBuf> {
    match std::env::var_os("SPINDLE_REPL_HISTORY") {
        Some(p) if p.is_empty() => None,
        Some(p) => Some(p.into()),
        None => std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".spindle_repl_history")),
    }
}

/// Starts the editor's thread: requests go to it, inputs come back.
pub fn start() -> (mpsc::Sender<Request>, tokio::sync::mpsc::UnboundedReceiver<Input>) {
    let (requests, requested) = mpsc::channel::<Request>();
    let (lines, received) = tokio::sync::mpsc::unbounded_channel();
    std::thread::spawn(move || {
        let config = rustyline::Config::builder().completion_type(rustyline::CompletionType::List).build();
        let Ok(mut editor) = Editor::<ReplHelper, rustyline::history::FileHistory>::with_config(config) else {
            let _ = lines.send(Input::Eof);
            return;
        };
        editor.set_helper(Some(ReplHelper { engine: lines.clone() }));
        let history = history_path();
        if let Some(path) = &history {
            let _ = editor.load_history(path);
        }
        while let Ok(request) = requested.recv() {
            let input = match request {
                Request::Line => read_line(&mut editor, "> "),
                Request::Editor => read_block(&mut editor),
            };
            if let (Input::Line(line), Some(path)) = (&input, &history) {
                let _ = editor.add_history_entry(line.as_str());
                let _ = editor.append_history(path);
            }
            if lines.send(input).is_err() {
                break;
            }
        }
    });
    (requests, received)
}

fn read_line(editor: &mut Editor<ReplHelper, rustyline::history::FileHistory>, prompt: &str) -> Input {
    match editor.readline(prompt) {
        Ok(line) => Input::Line(line),
        Err(ReadlineError::Interrupted) => Input::Interrupted,
        Err(_) => Input::Eof,
    }
}

/// Editor mode: every line until Ctrl-D is one input; Ctrl-C abandons it.
fn read_block(editor: &mut Editor<ReplHelper, rustyline::history::FileHistory>) -> Input {
    let helper = editor.helper_mut().map(|h| h.engine.clone());
    // Lines are taken as typed: no completion or validation inside the block.
    editor.set_helper(None);
    let mut block = String::new();
    let result = loop {
        match editor.readline("") {
            Ok(line) => {
                block.push_str(&line);
                block.push('\n');
            }
            Err(ReadlineError::Eof) => break Input::Line(block),
            Err(_) => break Input::Interrupted,
        }
    };
    if let Some(engine) = helper {
        editor.set_helper(Some(ReplHelper { engine }));
    }
    result
}
