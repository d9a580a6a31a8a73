//! oxc AST + semantic -> register bytecode.
//!
//! One `FnState` per function being compiled (they nest while compiling closures). Each
//! holds a stack of compile-time scopes; a binding lives in a register unless the analysis
//! says a closure captures it, in which case it gets a slot in the scope's heap environment.

mod analysis;
mod annex_b;
mod builder;
pub(crate) mod call_printer;
mod class;
mod expr;
mod function;
mod generator;
mod module;
pub mod nesting;
mod pattern;
mod positions;
mod stmt;
mod writes;

use crate::bytecode::{BodyKind, CLOSURE_ENV, Code, ErrorKind, FunctionKind, Op, RareCode, Reg, TopLevelDecls};
use crate::heap::{Heap, ScopeNames};
use crate::value::Value;
use analysis::Analysis;
use builder::{Builder, LabelId};
use oxc_allocator::Allocator;
use oxc_ast::ast::*;
use oxc_semantic::{Scoping, SemanticBuilder};
use oxc_span::{GetSpan, SourceType, Span};
use oxc_syntax::scope::ScopeId;
use oxc_syntax::symbol::{SymbolFlags, SymbolId};
use std::rc::Rc;

pub use module::{compile_module, contains_module_syntax};
use std::sync::atomic::{AtomicU64, Ordering};

/// A syntax error with its location.
#[derive(Debug, Clone)]
pub struct CompileError {
    pub message: String,
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub source_line: String,
}

impl CompileError {
    /// The error `message` at byte `offset` of `src`.
    fn at(positions: &positions::SourcePositions, src: &str, file: &str, offset: u32, message: String) -> CompileError {
        let (line, col) = positions.line_col(offset);
        CompileError {
            message,
            file: file.to_string(),
            line,
            col,
            source_line: positions.source_line(src, line).to_string(),
        }
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}\n{}\n{}^\n\nSyntaxError: {}",
            self.file,
            self.line,
            self.col,
            self.source_line,
            " ".repeat(self.col.saturating_sub(1) as usize),
            self.message
        )
    }
}

/// What is being compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Script,
    /// Module code (always strict; imports and exports allowed, `await` at top level).
    Module,
    /// Eval code. `direct` evals see the caller's environment; `strict` is inherited.
    Eval {
        direct: bool,
        strict: bool,
        in_function: bool,
        in_method: bool,
        in_derived_ctor: bool,
        in_field_init: bool,
    },
}

static NEXT_CODE_ID: AtomicU64 = AtomicU64::new(1);

/// Where a binding lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Loc {
    Reg(Reg),
    Env(u16),
    /// An import binding: cell `i` of the module environment (ECMA-262 §9.1.1.5.5
    /// CreateImportBinding), read through to the exporter's binding.
    Import(u16),
    Global,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BKind {
    Var,
    Let,
    Const,
    Class,
    Function,
    Param,
    Catch,
    /// The name binding of a named function expression (immutable; writes ignored in sloppy).
    FnName,
    /// Engine-internal pseudo-bindings (`this`, `new.target`, ...).
    Internal,
    /// A private name (`#x`): holds the private symbol.
    Private,
    /// An import binding (immutable, indirect).
    Import,
}

impl BKind {
    fn is_lexical(self) -> bool {
        matches!(self, BKind::Let | BKind::Const | BKind::Class)
    }
}

/// A binding's name: borrowed from the source (through oxc's scoping) or an engine-made
/// name (`this`, `%fn`, …), owned only when it had to be formatted (`#x`, `%fk0`). Made per
/// declaration and looked up per reference: as a `String`, every declaration was an
/// allocation and a copy.
type Name<'a> = std::borrow::Cow<'a, str>;

/// A declaration of a scope: name, kind and the symbol oxc bound it to (None: synthetic).
type Decl<'a> = (Name<'a>, BKind, Option<SymbolId>);

struct Binding<'a> {
    name: Name<'a>,
    loc: Loc,
    kind: BKind,
    /// Compile-time knowledge that the binding is initialized at every later reference in
    /// the same function (so TDZ checks can be dropped).
    initialized: bool,
    /// A parameter of a non-simple list: in its TDZ until its initializer ran.
    param_tdz: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ScopeKind {
    Function,
    Block,
    Switch,
    With,
    Global,
    Class,
    /// A module's top level: the module environment (the body's closure environment).
    Module,
}

/// The bindings a compile-time scope declares, in declaration order, with a name index once
/// there are more than a few (a bundle's top-level scope can declare tens of thousands of
/// names, and every reference looks one up).
#[derive(Default)]
struct Bindings<'a> {
    list: Vec<Binding<'a>>,
    index: Option<crate::hash::IdMap<Name<'a>, u32>>,
}

impl<'a> Bindings<'a> {
    const INDEX_THRESHOLD: usize = 16;

    fn push(&mut self, b: Binding<'a>) {
        let i = self.list.len() as u32;
        if let Some(ix) = &mut self.index {
            ix.entry(b.name.clone()).or_insert(i);
        }
        self.list.push(b);
        if self.index.is_none() && self.list.len() > Self::INDEX_THRESHOLD {
            let mut ix = crate::hash::IdMap::default();
            for (i, b) in self.list.iter().enumerate() {
                ix.entry(b.name.clone()).or_insert(i as u32);
            }
            self.index = Some(ix);
        }
    }
    /// The first binding named `name`.
    fn position(&self, name: &str) -> Option<usize> {
        #[cfg(test)]
        NAMES_COMPARED.with(|c| c.set(c.get() + self.index.as_ref().map_or(self.list.len(), |_| 1)));
        match &self.index {
            Some(ix) => ix.get(name).map(|&i| i as usize),
            // Most names compared differ in length or first byte (a bundle's are mostly one
            // or two letters): those are told apart without a call to memcmp.
            None => self.list.iter().position(|b| {
                b.name.len() == name.len() && b.name.as_bytes().first() == name.as_bytes().first() && b.name == name
            }),
        }
    }
    fn find(&self, name: &str) -> Option<&Binding<'a>> {
        self.position(name).map(|i| &self.list[i])
    }
    fn find_mut(&mut self, name: &str) -> Option<&mut Binding<'a>> {
        self.position(name).map(|i| &mut self.list[i])
    }
    fn has(&self, name: &str) -> bool {
        self.position(name).is_some()
    }
    fn iter(&self) -> std::slice::Iter<'_, Binding<'a>> {
        self.list.iter()
    }
    fn iter_mut(&mut self) -> std::slice::IterMut<'_, Binding<'a>> {
        self.list.iter_mut()
    }
}

#[cfg(test)]
thread_local! {
    /// Names compared by binding lookups (at most): the work the compiler's resolution does.
    static NAMES_COMPARED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl<'a> FromIterator<Binding<'a>> for Bindings<'a> {
    fn from_iter<I: IntoIterator<Item = Binding<'a>>>(iter: I) -> Self {
        let mut b = Bindings::default();
        iter.into_iter().for_each(|x| b.push(x));
        b
    }
}

struct CScope<'a> {
    kind: ScopeKind,
    bindings: Bindings<'a>,
    env_reg: Option<Reg>,
    /// Sloppy function scope that direct eval may extend: names below resolve dynamically.
    dynamic: bool,
}

/// Control constructs that break/continue/return must pass through.
enum Control<'a> {
    Loop {
        labels: Vec<String>,
        brk: LabelId,
        cont: LabelId,
    },
    Break {
        labels: Vec<String>,
        brk: LabelId,
    },
    /// A try statement's protected region (paused while finally code is inlined).
    Protect {
        id: usize,
    },
    Finally {
        body: &'a BlockStatement<'a>,
        protect: usize,
    },
    IterClose {
        iter: Reg,
        protect: usize,
        /// A `for await` loop: closing awaits the iterator's return() (AsyncIteratorClose).
        is_async: bool,
    },
    /// A scope with `using` declarations: leaving it disposes the resources in `stack`
    /// (awaiting them when `is_async`: the scope has an `await using`).
    Dispose {
        stack: Reg,
        protect: usize,
        is_async: bool,
    },
}

/// A protected region being emitted: pc ranges plus handler info (filled at the end).
struct Protected {
    ranges: Vec<(u32, u32)>,
    open: Option<u32>,
}

/// The buffers of a finished function's compile state, emptied, for the next function: a
/// bundle compiles tens of thousands of small functions, and growing each one's vectors
/// from empty was a thirteenth of its compile's instructions. The compiled template gets
/// copies of exactly their length.
#[derive(Default)]
struct SpareBuffers<'a> {
    b: Builder,
    scopes: Vec<CScope<'a>>,
    controls: Vec<Control<'a>>,
    protects: Vec<Protected>,
    children: Vec<Rc<Code>>,
    scope_names: Vec<Rc<ScopeNames>>,
    dispose_stacks: Vec<Reg>,
}

struct FnState<'a> {
    b: Builder,
    scopes: Vec<CScope<'a>>,
    controls: Vec<Control<'a>>,
    protects: Vec<Protected>,
    facts: usize,
    kind: FunctionKind,
    strict: bool,
    is_arrow: bool,
    children: Vec<Rc<Code>>,
    scope_names: Vec<Rc<ScopeNames>>,
    templates: Vec<crate::bytecode::TemplateSite>,
    completion: Option<Reg>,
    name: String,
    nparams: u16,
    length: u16,
    has_simple_params: bool,
    arguments_map: Vec<Option<u32>>,
    needs_arguments: bool,
    /// The function's code reads `arguments.length` and nothing else of `arguments`: each
    /// read is the call's argument count (`Op::ArgCount`), and no object is made.
    arguments_length_only: bool,
    /// The function's own code only passes `arguments` to `X.apply(Y, arguments)` calls:
    /// the register that holds the arguments object once one is made (`Op::ApplyArguments`).
    arguments_cache: Option<Reg>,
    span: Span,
    top: TopLevelDecls,
    /// Instance-field initializer register for class constructors being compiled.
    derived: bool,
    /// Compiling a generator body; `gen_reg` holds the generator object after GeneratorStart.
    generator: bool,
    is_async: bool,
    gen_reg: Option<Reg>,
    /// The DisposeCapabilities of the enclosing scopes with `using` declarations (the
    /// innermost last): a `using` adds its resource to the last.
    dispose_stacks: Vec<Reg>,
    /// Instantiating the program's own function declarations (GlobalDeclarationInstantiation
    /// / EvalDeclarationInstantiation), not a block's.
    program_hoisting: bool,
    /// Annex B.3.3: the block-level function declarations (by span start) whose value is
    /// not copied to a var binding, because `var F` in their place would be an early error.
    annex_b_blocked: std::collections::HashSet<u32>,
}

pub struct Compiler<'a, 'h> {
    heap: &'h mut Heap,
    source: &'a str,
    script: Rc<crate::bytecode::ScriptText>,
    positions: positions::SourcePositions,
    scoping: &'a Scoping,
    an: Analysis,
    fs: Vec<FnState<'a>>,
    /// Buffers of finished functions, one set per nesting level in use at once.
    spare: Vec<SpareBuffers<'a>>,
    mode: Mode,
    errors: Vec<(String, Span)>,
    /// End labels of the optional chains being compiled (innermost last).
    chain_ends: Vec<LabelId>,
    /// A sum known not to be a string concatenation (see `Compiler::string_chain`): the left
    /// operand of one that was not, about to be compiled; so a chain of n `+` is looked at
    /// once, not once per operator.
    plain_sum: Option<Span>,
    /// Synthetic bindings (no oxc symbol) that the next `push_scope` may keep in registers.
    uncaptured_synthetic: Vec<&'static str>,
    /// The module record the code belongs to (its referrer for `import()`).
    module: Option<u32>,
}

/// Resolution result for an identifier.
#[derive(Clone, Copy, Debug)]
enum Resolved {
    Reg {
        reg: Reg,
        kind: BKind,
        tdz: bool,
    },
    Env {
        env: Reg,
        hops: u16,
        slot: u16,
        kind: BKind,
        tdz: bool,
    },
    /// Import cell `index` of the module environment reached from `env` in `hops`.
    Import {
        env: Reg,
        hops: u16,
        index: u16,
    },
    Global,
    Dynamic {
        env: Reg,
    },
}

/// Where a diagnostic points: its primary label, else for a redeclaration (oxc labels the
/// first declaration "has already been declared here" and the second "It can not be
/// redeclared here") the second declaration, as V8 reports it
/// (`let a;\nlet a;` is an error at 2:5), else its first label.
fn error_offset(labels: &[oxc_span::LabeledSpan]) -> u32 {
    let primary = labels.iter().find(|l| l.primary());
    let redeclared = || labels.iter().find(|l| l.label().is_some_and(|t| t.ends_with("redeclared here")));
    primary.or_else(redeclared).or(labels.first()).map_or(0, |l| l.offset())
}

/// V8's wording (src/common/message-template.h) for oxc's redeclaration messages: V8 writes
/// "Identifier 'a' has already been declared" (kVarRedeclaration) and "Label 'a' has
/// already been declared" (kLabelRedeclaration) where oxc quotes with backticks, and "A
/// class may only have one constructor" (kDuplicateConstructor).
fn v8_message(msg: &str) -> String {
    if msg == "Multiple constructor implementations are not allowed." {
        return "A class may only have one constructor".into();
    }
    for kind in ["Identifier", "Label"] {
        if let Some(name) = msg
            .strip_prefix(kind)
            .and_then(|m| m.strip_prefix(" `"))
            .and_then(|m| m.strip_suffix("` has already been declared"))
        {
            return format!("{kind} '{name}' has already been declared");
        }
    }
    msg.to_string()
}

thread_local! {
    /// The AST arena of the last parse on this thread, emptied and kept for the next one,
    /// and whether a parse used it since the last collection.
    static ARENA: std::cell::RefCell<Option<(Allocator, bool)>> = const { std::cell::RefCell::new(None) };
}

/// Arenas larger than this are freed after use rather than kept.
const KEPT_ARENA_BYTES: usize = 512 << 20;

/// Bytes of AST per byte of source, a high estimate (measured: 24 for a minified bundle,
/// `bench/js/compile-oneline.js`).
const AST_BYTES_PER_SOURCE_BYTE: usize = 32;

/// Runs `f` with an empty AST arena for parsing `source_len` bytes: the one the previous
/// parse on this thread used, if any. Reusing it saves the page faults of touching fresh
/// memory for every parse (a program that calls `new Function` or `eval` on large sources
/// spent more time in the kernel than in the parser). A kept arena too small for the source
/// is replaced by one with room for all of it: grown instead, it would add a chunk twice its
/// size and touch fresh pages on every parse (the arena keeps only its last chunk), where
/// the one chunk is touched once. Its untouched end costs address space only. A kept arena
/// that no parse used between two collections is freed (`release_idle_arena`), so a one-off
/// large compile does not hold its memory for good.
fn with_arena<R>(source_len: usize, f: impl FnOnce(&Allocator) -> R) -> R {
    let wanted = source_len.saturating_mul(AST_BYTES_PER_SOURCE_BYTE).min(KEPT_ARENA_BYTES);
    // Taken out while in use, so a parse nested inside `f` simply gets a fresh arena.
    let kept = ARENA.with(|a| a.borrow_mut().take()).map(|(a, _)| a);
    let mut arena = match kept {
        Some(a) if a.capacity() >= wanted => a,
        _ if wanted > SMALL_ARENA_BYTES => Allocator::with_capacity(wanted),
        kept => kept.unwrap_or_default(),
    };
    let r = f(&arena);
    if arena.capacity() <= KEPT_ARENA_BYTES {
        arena.reset();
        ARENA.with(|a| *a.borrow_mut() = Some((arena, true)));
    }
    r
}

/// Below this, an arena simply grows as it needs to.
const SMALL_ARENA_BYTES: usize = 1 << 20;

/// Called by the collector: frees the kept AST arena if no parse used it since the previous
/// collection.
pub fn release_idle_arena() {
    ARENA.with(|a| {
        let mut a = a.borrow_mut();
        match a.as_mut() {
            Some((_, used)) if *used => *used = false,
            Some(_) => *a = None,
            None => {}
        }
    });
}

/// Parses and checks `source` in `allocator`; on success calls `f` with the program and
/// scoping.
fn with_parsed<R>(
    allocator: &Allocator,
    source: &str,
    file: &str,
    prefix_strict: bool,
    mode: Mode,
    private_names: &[String],
    f: impl FnOnce(&Program<'_>, &Scoping) -> Result<R, CompileError>,
) -> Result<R, CompileError> {
    let text: String;
    let src: &str = if prefix_strict {
        // A hashbang comment must stay first; the directive then opens line 2.
        text = match source.strip_prefix("#!") {
            Some(_) => match source.find(['\n', '\r', '\u{2028}', '\u{2029}']) {
                Some(i) => {
                    let (first, rest) = source.split_at(i);
                    let nl = rest.chars().next().map_or(1, char::len_utf8);
                    format!("{first}{}'use strict';{}", &rest[..nl], &rest[nl..])
                }
                None => format!("{source}\n'use strict';"),
            },
            None => format!("'use strict';{source}"),
        };
        &text
    } else {
        source
    };
    // Regular expression literals are parsed too, so invalid patterns are early errors.
    let opts = oxc_parser::ParseOptions { parse_regular_expression: true, ..Default::default() };
    let source_type = if mode == Mode::Module { SourceType::mjs() } else { SourceType::script() };
    let ret = oxc_parser::Parser::new(allocator, src, source_type).with_options(opts).parse();
    let mk_err = |msg: String, offset: u32| {
        // Only an error needs a position here: the table is built for it alone.
        let table = positions::SourcePositions::with_prefix(src, LINE1_PREFIX.with(|p| p.get()));
        let mut e = CompileError::at(&table, src, file, offset, msg);
        if prefix_strict && e.line == 1 {
            e.col = e.col.saturating_sub(13).max(1); // the 'use strict'; prefix
        }
        e
    };
    let first_error = |diags: &[oxc_diagnostics::OxcDiagnostic], mode: Mode| -> Option<CompileError> {
        for d in diags {
            let msg = d.message.to_string();
            if let Mode::Eval { in_function, in_method, in_derived_ctor, .. } = mode {
                // Eval code inherits its caller's context (ECMA-262 §19.2.1.1 step 5).
                if in_function && msg.contains("new.target") {
                    continue;
                }
                if in_method && msg.contains("'super' can only be referenced in members") {
                    continue;
                }
                if in_derived_ctor && msg.starts_with("Super calls are not permitted") {
                    continue;
                }
                if msg.starts_with("Private identifier '#")
                    && private_names.iter().any(|n| msg.contains(&format!("'{n}'")))
                {
                    continue;
                }
            }
            return Some(mk_err(v8_message(&msg), error_offset(&d.labels)));
        }
        None
    };
    if ret.panicked || !ret.diagnostics.is_empty() {
        let diags: Vec<_> = ret.diagnostics.into_vec();
        if let Some(e) = first_error(&diags, mode) {
            return Err(e);
        }
        if ret.panicked {
            return Err(mk_err("Unexpected token".into(), 0));
        }
    }
    let program = ret.program;
    let sem = SemanticBuilder::new().with_check_syntax_error(true).build(&program);
    let diags: Vec<_> = sem.diagnostics.into_vec();
    if let Some(e) = first_error(&diags, mode) {
        return Err(e);
    }
    let scoping = sem.semantic.into_scoping();
    f(&program, &scoping)
}

/// Compiles a classic script.
/// CreateDynamicFunction (ECMA-262 §20.2.1.1.1) steps 17-19: `text` is `(function(P\n) {})`
/// or `(function() {\nB\n})` and must be exactly one parenthesized function expression, so
/// parameter or body text cannot close the function early and smuggle in other code.
pub fn is_single_function_expression(text: &str) -> bool {
    let nesting = nesting::measure(text);
    if nesting.too_deep() {
        return false;
    }
    let stack = nesting.stack_bytes();
    with_arena(text.len(), |allocator| {
        let ret = stacker::maybe_grow(stack, stack, || {
            oxc_parser::Parser::new(allocator, text, SourceType::script()).parse()
        });
        ret.diagnostics.is_empty() && is_lone_function_expression(&ret.program)
    })
}

/// Whether `program` is one parenthesized function expression that starts the text: a
/// part of a dynamic function's text closing the function early (`}); (function () {`)
/// leaves more than that.
fn is_lone_function_expression(program: &Program<'_>) -> bool {
    program.body.len() == 1
        && matches!(&program.body[0], Statement::ExpressionStatement(es)
            if matches!(&es.expression, Expression::ParenthesizedExpression(p)
                if matches!(p.expression, Expression::FunctionExpression(_)) && p.span.start == 0))
}

/// CreateDynamicFunction (ECMA-262 §20.2.1.1.1) step 28: compiles the assembled text
/// `(kind anonymous(P\n) {\nB\n})` as a script when it is one parenthesized function
/// expression; `Ok(None)` when it parses but is something else. With the parameters
/// checked on their own (steps 17-19), this is the body's check too: text that closes
/// the function early cannot leave a lone function expression behind (the text after the
/// body starts with a line break, which ends any comment, string or regular expression the
/// body leaves open), so the body need not be parsed a second time on its own.
pub fn compile_dynamic_function(
    heap: &mut Heap,
    source: &str,
    module: Option<u32>,
) -> Result<Option<Rc<Code>>, CompileError> {
    with_nesting_stack(source, "anonymous", || {
        compile_program_inner(heap, source, "anonymous", Mode::Script, &[], module, Some(is_lone_function_expression))
    })
}

pub fn compile_script(heap: &mut Heap, source: &str, file: &str) -> Result<Rc<Code>, CompileError> {
    compile_eval(heap, source, file, Mode::Script, &[], None)
}

thread_local! {
    /// Bytes of wrapper text before the user's first line in the source being compiled.
    static LINE1_PREFIX: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Compiles a script made of `prefix` (wrapper text the host adds on the first line, as
/// Node's CommonJS loader wraps a module in a function) and `source`: positions in errors
/// and stack traces are those of `source`.
pub fn compile_wrapped_script(
    heap: &mut Heap,
    prefix: &str,
    source: &str,
    suffix: &str,
    file: &str,
) -> Result<Rc<Code>, CompileError> {
    let text = format!("{prefix}{source}{suffix}");
    LINE1_PREFIX.with(|p| p.set(prefix.len() as u32));
    let r = compile_script(heap, &text, file);
    LINE1_PREFIX.with(|p| p.set(0));
    r
}

/// Compiles eval code (ECMA-262 §19.2.1.1 PerformEval steps 4-11).
/// `private_names` are the `#names` of the classes enclosing a direct eval.
pub fn compile_eval(
    heap: &mut Heap,
    source: &str,
    file: &str,
    mode: Mode,
    private_names: &[String],
    module: Option<u32>,
) -> Result<Rc<Code>, CompileError> {
    with_nesting_stack(source, file, || {
        compile_program_inner(heap, source, file, mode, private_names, module, None)
            .map(|code| code.expect("no shape required"))
    })
}

/// Runs `compile` on a stack as deep as `source`'s nesting needs (oxc's parser and checker
/// are recursive), or rejects the source as V8 does when its parser runs out of stack.
fn with_nesting_stack<R>(
    source: &str,
    file: &str,
    compile: impl FnOnce() -> Result<R, CompileError>,
) -> Result<R, CompileError> {
    let nesting = nesting::measure(source);
    if nesting.too_deep() {
        let message = "Maximum call stack size exceeded: the code is nested too deeply".to_string();
        let offset = nesting.over_at.unwrap_or(0) as u32;
        return Err(CompileError::at(&positions::SourcePositions::new(source), source, file, offset, message));
    }
    let stack = nesting.stack_bytes();
    stacker::maybe_grow(stack, stack, compile)
}

fn compile_program_inner(
    heap: &mut Heap,
    source: &str,
    file: &str,
    mode: Mode,
    private_names: &[String],
    module: Option<u32>,
    required_shape: Option<fn(&Program<'_>) -> bool>,
) -> Result<Option<Rc<Code>>, CompileError> {
    let prefix = matches!(mode, Mode::Eval { strict: true, .. });
    with_arena(source.len(), |allocator| {
        with_parsed(allocator, source, file, prefix, mode, private_names, |program, scoping| {
            if required_shape.is_some_and(|shape| !shape(program)) {
                return Ok(None);
            }
            let src_text = program.source_text;
            let mut c = Compiler::new(heap, program, scoping, file, mode, module);
            let code = c.program(program);
            if let Some((msg, span)) = c.errors.first().cloned() {
                return Err(CompileError::at(&c.positions, src_text, file, span.start, msg));
            }
            // Compiled code lives as long as the functions made from it: the collector counts it
            // (a loop of `new Function` or `eval` allocates mostly code).
            c.heap.charge(code.tree_bytes());
            Ok(Some(code))
        })
    })
}

impl<'a, 'h> Compiler<'a, 'h> {
    fn new(
        heap: &'h mut Heap,
        program: &'a Program<'a>,
        scoping: &'a Scoping,
        file: &str,
        mode: Mode,
        module: Option<u32>,
    ) -> Compiler<'a, 'h> {
        let src_text = program.source_text;
        Compiler {
            heap,
            source: src_text,
            script: Rc::new(crate::bytecode::ScriptText { file: file.into(), text: src_text.into() }),
            positions: positions::SourcePositions::with_prefix(src_text, LINE1_PREFIX.with(|p| p.get())),
            scoping,
            an: analysis::analyze(program, scoping),
            fs: Vec::new(),
            spare: Vec::new(),
            mode,
            errors: Vec::new(),
            chain_ends: Vec::new(),
            plain_sum: None,
            uncaptured_synthetic: Vec::new(),
            module,
        }
    }
}

impl<'a> Compiler<'a, '_> {
    fn line_col(&self, offset: u32) -> (u32, u32) {
        self.positions.line_col(offset)
    }

    fn f(&mut self) -> &mut FnState<'a> {
        self.fs.last_mut().expect("function state")
    }
    fn fr(&self) -> &FnState<'a> {
        self.fs.last().expect("function state")
    }
    fn b(&mut self) -> &mut Builder {
        &mut self.f().b
    }
    fn emit(&mut self, op: Op) -> usize {
        self.b().emit(op)
    }
    fn strict(&self) -> bool {
        self.fr().strict
    }
    fn error(&mut self, msg: impl Into<String>, span: Span) {
        self.errors.push((msg.into(), span));
    }

    /// Records the source position of `span` for the next emitted instructions.
    fn pos(&mut self, span: Span) {
        self.pos_at(span.start);
    }

    /// Records the source position at byte `offset` for the next emitted instructions.
    fn pos_at(&mut self, offset: u32) {
        let (l, c) = self.line_col(offset);
        self.b().set_pos(l, c);
    }

    /// Where V8 places a property access, which error messages and stack traces report:
    /// the property's name for `o.name` and `o.#name`, the `[` of `o[key]`.
    fn member_position(&self, m: &MemberExpression<'_>) -> u32 {
        match m {
            MemberExpression::StaticMemberExpression(s) => s.property.span.start,
            MemberExpression::PrivateFieldExpression(p) => p.field.span.start,
            MemberExpression::ComputedMemberExpression(c) => {
                self.punctuator_after(c.object.span().end, b'[').unwrap_or(c.span.start)
            }
        }
    }

    /// Where V8 places a call: the property's name of a method call `o.m()`, the callee of
    /// `f()`, else the `(` that opens the arguments (`o[k]()`, `(0, f)()`).
    fn call_position(&self, c: &CallExpression<'_>) -> u32 {
        match &c.callee {
            Expression::StaticMemberExpression(s) => s.property.span.start,
            Expression::PrivateFieldExpression(p) => p.field.span.start,
            Expression::Identifier(_) => c.span.start,
            callee => self.punctuator_after(callee.span().end, b'(').unwrap_or(c.span.start),
        }
    }

    /// The offset of punctuator `want` following `from`, past white space, comments, the
    /// closing parentheses of a parenthesized expression and `?.`; None if something else
    /// comes first.
    fn punctuator_after(&self, from: u32, want: u8) -> Option<u32> {
        let bytes = self.source.as_bytes();
        let mut i = from as usize;
        while let Some(&b) = bytes.get(i) {
            match b {
                _ if b == want => return Some(i as u32),
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b')' => i += 1,
                b'?' if bytes.get(i + 1) == Some(&b'.') => i += 2,
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    i = bytes[i..].iter().position(|&c| c == b'\n').map_or(bytes.len(), |n| i + n);
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    i = self.source[i + 2..].find("*/").map(|n| i + 2 + n + 2)?;
                }
                _ => return None,
            }
        }
        None
    }

    fn alloc(&mut self) -> Reg {
        self.b().alloc()
    }

    /// Constant pool index of an interned string.
    /// The constant holding `s` (interned: the key of a property access is compared by id).
    fn k_str(&mut self, s: &str) -> u32 {
        let id = self.heap.intern_str(s);
        self.b().k_str(id)
    }

    fn k_str_units(&mut self, s: &str, lone_surrogates: bool) -> u32 {
        if !lone_surrogates {
            return self.k_str(s);
        }
        let units = decode_lone_surrogates(s);
        let id = self.heap.intern(&units);
        self.b().k_value(Value::String(id))
    }

    fn new_fn_state(
        &mut self,
        facts: usize,
        kind: FunctionKind,
        strict: bool,
        name: String,
        span: Span,
    ) -> FnState<'a> {
        let spare = self.spare.pop().unwrap_or_default();
        FnState {
            b: spare.b,
            scopes: spare.scopes,
            controls: spare.controls,
            protects: spare.protects,
            facts,
            kind,
            strict,
            is_arrow: kind == FunctionKind::Arrow,
            children: spare.children,
            scope_names: spare.scope_names,
            templates: Vec::new(),
            completion: None,
            name,
            nparams: 0,
            length: 0,
            has_simple_params: true,
            arguments_map: Vec::new(),
            needs_arguments: false,
            arguments_length_only: false,
            arguments_cache: None,
            span,
            top: TopLevelDecls::default(),
            derived: false,
            generator: false,
            is_async: false,
            gen_reg: None,
            dispose_stacks: spare.dispose_stacks,
            program_hoisting: false,
            annex_b_blocked: Default::default(),
        }
    }

    /// Finishes the innermost function and returns its template.
    fn finish_fn(&mut self) -> Rc<Code> {
        if self.fr().derived {
            // In derived constructors falling off the end returns `this` (checked).
            let r = self.alloc();
            self.emit(Op::LoadUndef { dst: r });
            self.emit_return(r);
        }
        if self.fr().b.overflow {
            let span = self.fr().span;
            self.error("Function or expression too complex (register limit exceeded)", span);
        }
        // The function's `name` value, made once here instead of per closure.
        let name_id = self.heap.intern_str(&self.fs.last().expect("fn state").name);
        let name_k = self.b().k_str(name_id);
        let mut fs = self.fs.pop().expect("fn state");
        // Implicit return undefined at the end.
        let r = fs.b.alloc();
        fs.b.emit(Op::LoadUndef { dst: r });
        match fs.completion {
            Some(c) if matches!(fs.kind, FunctionKind::Script | FunctionKind::Eval) => {
                fs.b.emit(Op::Return { src: c });
            }
            _ => {
                fs.b.emit(Op::Return { src: r });
            }
        }
        fs.b.finish();
        fs.b.thread_jumps_to_returns();
        fs.b.drop_unreachable_tail();
        let (s, e) = (fs.span.start, fs.span.end);
        // The function a direct eval in this code belongs to: arrows look outwards.
        let enclosing =
            if fs.is_arrow { self.fs.iter().rev().find(|f| !f.is_arrow).map(|f| f.kind) } else { Some(fs.kind) };
        let (eval_in_function, eval_in_field_init) = match (enclosing, self.mode) {
            (Some(FunctionKind::Script | FunctionKind::Module), _) => (false, false),
            (Some(FunctionKind::Eval) | None, Mode::Eval { in_function, in_field_init, .. }) => {
                (in_function, in_field_init)
            }
            (None | Some(FunctionKind::Eval), _) => (false, false),
            (Some(FunctionKind::FieldInit), _) => (true, true),
            (Some(_), _) => (true, false),
        };
        let code = Rc::new(Code {
            id: NEXT_CODE_ID.fetch_add(1, Ordering::Relaxed),
            name: fs.name.into_boxed_str(),
            name_k,
            kind: fs.kind,
            strict: fs.strict,
            ops: fs.b.ops.as_slice().into(),
            constants: fs.b.constants.as_slice().into(),
            functions: fs.children.drain(..).collect(),
            positions: fs.b.positions.as_slice().into(),
            scopes: fs.scope_names.drain(..).collect(),
            nregs: fs.b.max_reg.max(fs.nparams),
            nparams: fs.nparams,
            length: fs.length,
            is_arrow: fs.is_arrow,
            has_simple_params: fs.has_simple_params,
            needs_arguments: fs.needs_arguments,
            rare: RareCode::new(
                fs.b.handlers.as_slice().into(),
                fs.templates,
                std::mem::take(&mut fs.arguments_map).into_boxed_slice(),
                fs.top,
            ),
            script: self.script.clone(),
            module: self.module,
            source_span: (s, e),
            definition: self.line_col(s),
            body: match (fs.generator, fs.is_async) {
                (false, false) => BodyKind::Normal,
                (true, false) => BodyKind::Generator,
                (false, true) => BodyKind::Async,
                (true, true) => BodyKind::AsyncGenerator,
            },
            generator_reg: fs.gen_reg.unwrap_or(0),
            trace_name: std::cell::OnceCell::new(),
            eval_in_function,
            eval_in_field_init,
            ics: (0..fs.b.ic_count).map(|_| Default::default()).collect(),
            set_ics: (0..fs.b.set_ic_count).map(|_| Default::default()).collect(),
            global_ics: (0..fs.b.global_ic_count).map(|_| Default::default()).collect(),
            keyed_ics: (0..fs.b.keyed_ic_count).map(|_| Default::default()).collect(),
            keyed_set_ics: (0..fs.b.keyed_set_ic_count).map(|_| Default::default()).collect(),
            operand_spans: fs.b.operand_spans.iter().copied().collect(),
        });
        fs.scopes.clear();
        fs.controls.clear();
        fs.protects.clear();
        fs.dispose_stacks.clear();
        self.spare.push(SpareBuffers {
            b: Builder::recycled(fs.b),
            scopes: fs.scopes,
            controls: fs.controls,
            protects: fs.protects,
            children: fs.children,
            scope_names: fs.scope_names,
            dispose_stacks: fs.dispose_stacks,
        });
        code
    }

    // ---------------------------------------------------------------------------------
    // Scopes

    /// The register holding the innermost environment of the current function.
    fn current_env(&self) -> Reg {
        self.fr().scopes.iter().rev().find_map(|s| s.env_reg).unwrap_or(CLOSURE_ENV)
    }

    fn facts(&self) -> &analysis::FnFacts {
        &self.an.fns[self.fr().facts]
    }

    /// Whether bindings of the current function must be reachable by name.
    fn named_envs(&self) -> bool {
        self.facts().eval_inside || self.facts().has_with
    }

    /// Whether `push_scope` would keep every binding of `decls` in a register (no
    /// environment: none is captured, and no eval or `with` can reach them by name).
    fn scope_in_registers(&self, kind: ScopeKind, decls: &[Decl<'a>]) -> bool {
        !(self.named_envs() || self.dynamic_scope(kind))
            && decls.iter().all(|(name, _, sym)| match sym {
                Some(s) => !self.an.is_captured(*s),
                None => self.uncaptured_synthetic.contains(&&**name),
            })
    }

    /// A function scope that sloppy direct eval may add `var` bindings to.
    fn dynamic_scope(&self, kind: ScopeKind) -> bool {
        kind == ScopeKind::Function && self.facts().has_direct_eval && !self.strict()
    }

    /// Opens a compile-time scope; `decls` are (name, kind, symbol) to declare.
    /// Captured bindings get environment slots; the environment is created when any exist.
    fn push_scope(&mut self, kind: ScopeKind, decls: Vec<Decl<'a>>, force_env: bool) {
        // Before the code's first instruction every register of the frame is `undefined`
        // (the window is filled when the frame opens: `RegisterFile::grow_to`), so `var`
        // bindings made there need no `LoadUndef`.
        let at_entry = self.b().ops.is_empty();
        let named = self.named_envs();
        let mut bindings = Bindings { list: Vec::with_capacity(decls.len()), index: None };
        let mut slots = 0u16;
        let mut names = ScopeNames::default();
        // Registers of lexical bindings that need no TDZ mark (allocated in increasing order).
        let mut unmarked: Vec<Reg> = Vec::new();
        for (name, bkind, sym) in decls {
            if bindings.has(&name) {
                continue;
            }
            let captured = named
                || match sym {
                    Some(s) => self.an.is_captured(s),
                    None => !self.uncaptured_synthetic.contains(&&*name),
                };
            let loc = if captured {
                slots += 1;
                // (FnName is recorded as non-lexical const: immutable, silently in sloppy code.)
                names.names.push((name.to_string(), bkind.is_lexical(), matches!(bkind, BKind::Const | BKind::FnName)));
                Loc::Env(slots - 1)
            } else {
                let r = self.alloc();
                // No TDZ mark where nothing can read the binding before its declaration.
                if bkind.is_lexical()
                    && kind != ScopeKind::Switch
                    && sym.is_some_and(|s| self.an.read_only_after_declaration(s))
                {
                    unmarked.push(r);
                }
                Loc::Reg(r)
            };
            bindings.push(Binding { name, loc, kind: bkind, initialized: false, param_tdz: false });
        }
        let mut env_reg = None;
        let dynamic = self.dynamic_scope(kind);
        if slots > 0 || force_env || dynamic {
            let parent = self.current_env();
            let dst = self.alloc();
            let idx = self.f().scope_names.len() as u32;
            self.f().scope_names.push(Rc::new(names));
            let scope = if dynamic { idx | 0x8000_0000 } else { idx };
            let scope = if named || dynamic { scope } else { scope | 0x4000_0000 };
            self.emit(Op::PushEnv { dst, parent, scope, slots });
            env_reg = Some(dst);
        }
        // Lexical bindings start uninitialized; vars start undefined.
        // (Parameters are bound to their incoming registers by the caller.)
        for (b, r) in bindings.iter().filter_map(|b| match b.loc {
            Loc::Reg(r) if b.kind != BKind::Param => Some((b, r)),
            _ => None,
        }) {
            if b.kind.is_lexical() {
                if unmarked.binary_search(&r).is_err() {
                    self.emit(Op::LoadEmpty { dst: r });
                }
            } else if !at_entry {
                self.emit(Op::LoadUndef { dst: r });
            }
        }
        self.f().scopes.push(CScope { kind, bindings, env_reg, dynamic });
    }

    fn pop_scope(&mut self) {
        self.f().scopes.pop();
    }

    /// Collects the declarations oxc bound in `scope` (sorted by source position).
    fn scope_decls(&self, scope: Option<ScopeId>) -> Vec<Decl<'a>> {
        let Some(scope) = scope else {
            return Vec::new();
        };
        let bindings = self.scoping.get_bindings(scope);
        let mut v: Vec<Decl<'a>> = Vec::with_capacity(bindings.len());
        for (name, &sym) in bindings.iter() {
            let flags = self.scoping.symbol_flags(sym);
            let kind = if flags.contains(SymbolFlags::Import) {
                BKind::Import
            } else if flags.contains(SymbolFlags::CatchVariable) {
                BKind::Catch
            } else if flags.contains(SymbolFlags::ConstVariable) {
                BKind::Const
            } else if flags.contains(SymbolFlags::BlockScopedVariable) {
                BKind::Let
            } else if flags.contains(SymbolFlags::Class) {
                BKind::Class
            } else if flags.contains(SymbolFlags::FunctionExpression)
                && !flags.contains(SymbolFlags::FunctionScopedVariable)
            {
                BKind::FnName
            } else if flags.contains(SymbolFlags::Function) {
                BKind::Function
            } else {
                BKind::Var
            };
            v.push((Name::Borrowed(name.as_str()), kind, Some(sym)));
        }
        v.sort_by_key(|d| d.2.map_or(0, |sym| self.scoping.symbol_span(sym).start));
        v
    }

    /// Resolves `name` from the current position.
    fn resolve(&mut self, name: &str) -> Resolved {
        self.resolve_in(name, true)
    }

    /// Resolves an engine-internal binding (`this`): `with` objects and eval-created
    /// variables can never shadow it, so those scopes are looked through.
    fn resolve_internal(&mut self, name: &str) -> Resolved {
        self.resolve_in(name, false)
    }

    fn resolve_in(&mut self, name: &str, dynamic_scopes: bool) -> Resolved {
        let depth = self.fs.len();
        let mut hops: u16 = 0;
        let mut base_env: Option<Reg> = None;
        for fi in (0..depth).rev() {
            let f = &self.fs[fi];
            let same_fn = fi == depth - 1;
            for (si, s) in f.scopes.iter().enumerate().rev() {
                if s.kind == ScopeKind::With && dynamic_scopes {
                    return Resolved::Dynamic { env: self.current_env() };
                }
                if let Some(b) = s.bindings.find(name) {
                    let in_switch = f.scopes[si..].iter().any(|s| s.kind == ScopeKind::Switch);
                    let tdz = (b.kind.is_lexical() || b.param_tdz) && (!same_fn || !b.initialized || in_switch);
                    return match b.loc {
                        Loc::Reg(reg) if same_fn => Resolved::Reg { reg, kind: b.kind, tdz },
                        Loc::Reg(_) => Resolved::Dynamic { env: self.current_env() },
                        Loc::Env(slot) => {
                            if same_fn {
                                Resolved::Env {
                                    env: s.env_reg.unwrap_or(CLOSURE_ENV),
                                    hops: 0,
                                    slot,
                                    kind: b.kind,
                                    tdz,
                                }
                            } else {
                                Resolved::Env { env: base_env.unwrap_or(CLOSURE_ENV), hops, slot, kind: b.kind, tdz }
                            }
                        }
                        Loc::Import(index) => {
                            let env = if same_fn { CLOSURE_ENV } else { base_env.unwrap_or(CLOSURE_ENV) };
                            Resolved::Import { env, hops: if same_fn { 0 } else { hops }, index }
                        }
                        Loc::Global => Resolved::Global,
                    };
                }
                if s.dynamic && dynamic_scopes {
                    return Resolved::Dynamic { env: self.current_env() };
                }
                if s.env_reg.is_some() && !same_fn {
                    hops += 1;
                }
                if s.kind == ScopeKind::Global {
                    return Resolved::Global;
                }
            }
            if same_fn {
                base_env = Some(CLOSURE_ENV);
            }
        }
        match self.mode {
            Mode::Eval { direct: true, .. } => Resolved::Dynamic { env: self.current_env() },
            _ => Resolved::Global,
        }
    }

    /// Marks a binding declared in the current function as initialized (drops TDZ checks).
    fn mark_initialized(&mut self, name: &str) {
        let f = self.f();
        for s in f.scopes.iter_mut().rev() {
            if let Some(b) = s.bindings.find_mut(name) {
                b.initialized = true;
                return;
            }
        }
    }

    /// Loads identifier `name` into `dst`.
    fn load_name(&mut self, name: &str, dst: Reg, typeof_: bool) {
        match self.resolve(name) {
            Resolved::Reg { reg, tdz, .. } => {
                if tdz {
                    let k = self.k_str(name);
                    self.emit(Op::CheckTdz { src: reg, name: k });
                }
                if reg != dst {
                    self.emit(Op::Move { dst, src: reg });
                }
            }
            Resolved::Env { env, hops, slot, tdz, .. } => {
                if tdz {
                    let k = self.k_str(name);
                    self.emit(Op::GetEnvChecked { dst, env, hops, slot, name: k });
                } else {
                    self.emit(Op::GetEnv { dst, env, hops, slot });
                }
            }
            Resolved::Import { env, hops, index } => {
                self.emit(Op::GetImport { dst, env, hops, index });
            }
            Resolved::Global => {
                let k = self.k_str(name);
                if typeof_ {
                    let ic = self.b().next_global_ic();
                    self.emit(Op::GetGlobalOrUndef { dst, name: k, ic });
                } else {
                    let ic = self.b().next_global_ic();
                    self.emit(Op::GetGlobal { dst, name: k, ic });
                }
            }
            Resolved::Dynamic { env } => {
                let k = self.k_str(name);
                self.emit(Op::GetName { dst, env, name: k, or_undef: typeof_ });
            }
        }
    }

    /// Register currently holding `name` when it is a local register binding needing no check.
    fn local_reg(&mut self, name: &str) -> Option<Reg> {
        match self.resolve(name) {
            Resolved::Reg { reg, tdz: false, .. } => Some(reg),
            _ => None,
        }
    }

    /// Stores `src` into identifier `name`. `init` marks a declaration's initialization.
    fn store_name(&mut self, name: &str, src: Reg, init: bool) {
        let strict = self.strict();
        match self.resolve(name) {
            Resolved::Reg { reg, kind, tdz } => {
                if !init {
                    if tdz {
                        let k = self.k_str(name);
                        self.emit(Op::CheckTdz { src: reg, name: k });
                    }
                    if kind == BKind::Const {
                        let k = self.k_str(name);
                        self.emit(Op::ThrowConstAssign { name: k });
                        return;
                    }
                    if kind == BKind::FnName {
                        if strict {
                            let k = self.k_str(name);
                            self.emit(Op::ThrowConstAssign { name: k });
                        }
                        return;
                    }
                }
                if reg != src {
                    self.emit(Op::Move { dst: reg, src });
                }
            }
            Resolved::Env { env, hops, slot, kind, tdz } => {
                if !init {
                    if kind == BKind::Const {
                        if tdz {
                            let t = self.alloc();
                            let k = self.k_str(name);
                            self.emit(Op::GetEnvChecked { dst: t, env, hops, slot, name: k });
                        }
                        let k = self.k_str(name);
                        self.emit(Op::ThrowConstAssign { name: k });
                        return;
                    }
                    if kind == BKind::FnName {
                        if strict {
                            let k = self.k_str(name);
                            self.emit(Op::ThrowConstAssign { name: k });
                        }
                        return;
                    }
                    if tdz {
                        let k = self.k_str(name);
                        self.emit(Op::SetEnvChecked { env, hops, slot, src, name: k });
                        return;
                    }
                }
                self.emit(Op::SetEnv { env, hops, slot, src });
            }
            Resolved::Import { env, hops, index } => {
                // An import binding is immutable (ECMA-262 §9.1.1.5.5): reading it first
                // reports a binding still in its TDZ.
                let t = self.alloc();
                self.emit(Op::GetImport { dst: t, env, hops, index });
                let k = self.k_str(name);
                self.emit(Op::ThrowConstAssign { name: k });
            }
            Resolved::Global => {
                let k = self.k_str(name);
                if init {
                    self.emit(Op::InitGlobalLex { name: k, src });
                } else {
                    let ic = self.b().next_global_ic();
                    self.emit(Op::SetGlobal { name: k, src, strict, ic });
                }
            }
            Resolved::Dynamic { env } => {
                let k = self.k_str(name);
                self.emit(Op::SetName { env, name: k, src, strict, init });
            }
        }
    }

    /// The register holding the running function's `this` when it lives in one (see
    /// `this_in_register` in `function.rs`): never reassigned, so read in place.
    fn this_reg(&mut self) -> Option<Reg> {
        if self.fr().is_arrow || !self.fr().scopes.iter().any(|s| s.bindings.has("this")) {
            return None;
        }
        match self.resolve_internal("this") {
            Resolved::Reg { reg, tdz: false, .. } => Some(reg),
            _ => None,
        }
    }

    /// Loads `this` into `dst` (with the derived-constructor TDZ check). Arrows read the
    /// receiver of the nearest non-arrow function from its environment.
    fn load_this(&mut self, dst: Reg) {
        self.load_internal("this", dst, |dst| Op::LoadThis { dst });
    }

    fn load_new_target(&mut self, dst: Reg) {
        self.load_internal("new.target", dst, |dst| Op::LoadNewTarget { dst });
    }

    /// The active function (for super calls from arrows).
    fn load_active_function(&mut self, dst: Reg) {
        self.load_internal("%fn", dst, |dst| Op::LoadFunction { dst });
    }

    fn load_internal(&mut self, name: &str, dst: Reg, frame_op: fn(Reg) -> Op) {
        let n = self.fs.len();
        for fi in (0..n).rev() {
            let f = &self.fs[fi];
            if f.is_arrow {
                continue;
            }
            if f.kind == FunctionKind::Module {
                // A module's `this` is undefined, and it has no new.target.
                self.emit(Op::LoadUndef { dst });
                return;
            }
            if f.kind == FunctionKind::Script {
                if fi == n - 1 {
                    self.emit(frame_op(dst));
                } else if name == "this" {
                    self.emit(Op::LoadGlobalThis { dst });
                } else {
                    self.emit(Op::LoadUndef { dst });
                }
                return;
            }
            let has = f.scopes.iter().any(|s| s.bindings.has(name));
            if has {
                self.load_name(name, dst, false);
            } else {
                self.emit(frame_op(dst));
            }
            return;
        }
        self.emit(frame_op(dst));
    }

    /// Stores a new `this` value after super() wherever the receiver lives.
    fn bind_this(&mut self, src: Reg) {
        let n = self.fs.len();
        for fi in (0..n).rev() {
            let f = &self.fs[fi];
            if f.is_arrow {
                continue;
            }
            let has = f.scopes.iter().any(|s| s.bindings.has("this"));
            if has && let Resolved::Env { env, hops, slot, .. } = self.resolve_internal("this") {
                self.emit(Op::BindThisEnv { env, hops, slot, src });
                if fi == n - 1 {
                    self.emit(Op::BindThis { src });
                }
                return;
            }
            break;
        }
        self.emit(Op::BindThis { src });
    }

    /// Emits the inlined exit work (finally bodies, iterator closes) for leaving controls
    /// above index `target` of the control stack.
    fn exit_controls(&mut self, target: usize) -> Vec<usize> {
        let n = self.fr().controls.len();
        let mut paused: Vec<usize> = Vec::new();
        let mut i = n;
        while i > target {
            i -= 1;
            enum Act<'a> {
                None,
                Pause(usize),
                Fin(&'a BlockStatement<'a>, usize),
                Close(Reg, usize, bool),
                Dispose(Reg, usize, bool),
            }
            let act = match &self.fr().controls[i] {
                Control::Protect { id } => Act::Pause(*id),
                Control::Finally { body, protect } => Act::Fin(body, *protect),
                Control::IterClose { iter, protect, is_async } => Act::Close(*iter, *protect, *is_async),
                Control::Dispose { stack, protect, is_async } => Act::Dispose(*stack, *protect, *is_async),
                _ => Act::None,
            };
            match act {
                Act::None => {}
                Act::Pause(id) => {
                    self.pause_protect(id);
                    paused.push(id);
                }
                Act::Fin(body, id) => {
                    self.pause_protect(id);
                    paused.push(id);
                    // Compile the finally body with the control stack cut to below it.
                    let saved: Vec<Control<'a>> = self.f().controls.drain(i..).collect();
                    let mark = self.b().mark();
                    self.finally_block(body);
                    self.b().release(mark);
                    self.f().controls.extend(saved);
                }
                Act::Dispose(stack, id, is_async) => {
                    self.pause_protect(id);
                    paused.push(id);
                    let saved: Vec<Control<'a>> = self.f().controls.drain(i..).collect();
                    self.dispose_resources(stack, is_async);
                    self.f().controls.extend(saved);
                }
                Act::Close(iter, id, is_async) => {
                    self.pause_protect(id);
                    paused.push(id);
                    if is_async {
                        self.async_iterator_close(iter);
                    } else {
                        self.emit(Op::IterClose { iter });
                    }
                }
            }
        }
        paused
    }

    fn pause_protect(&mut self, id: usize) {
        let pc = self.b().pc();
        let p = &mut self.f().protects[id];
        if let Some(s) = p.open.take()
            && pc > s
        {
            p.ranges.push((s, pc));
        }
    }

    /// Reopens protected regions paused by `exit_controls` (after the exit jump).
    fn resume_protects(&mut self, ids: Vec<usize>) {
        let pc = self.b().pc();
        for id in ids {
            let p = &mut self.f().protects[id];
            if p.open.is_none() {
                p.open = Some(pc);
            }
        }
    }

    fn begin_protect(&mut self) -> usize {
        let pc = self.b().pc();
        let f = self.f();
        f.protects.push(Protected { ranges: Vec::new(), open: Some(pc) });
        f.protects.len() - 1
    }

    /// Closes a protected region and registers its handler.
    fn end_protect(&mut self, id: usize, target: u32, reg: Reg, finally: bool) {
        self.pause_protect(id);
        // The handler's first instruction is a jump target like a bound label's.
        self.b().note_target(target);
        let ranges = std::mem::take(&mut self.f().protects[id].ranges);
        for (start, end) in ranges {
            self.b().handlers.push(crate::bytecode::Handler { start, end, target, reg, finally });
        }
    }

    fn throw_error(&mut self, kind: ErrorKind, msg: &str) {
        let k = self.k_str(msg);
        self.emit(Op::ThrowError { kind, msg: k });
    }
}

/// Decodes oxc's lone-surrogate escaping (U+FFFD followed by 4 hex digits) to UTF-16.
fn decode_lone_surrogates(s: &str) -> Vec<u16> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{FFFD}' {
            let hex: String = chars.clone().take(4).collect();
            if hex.len() == 4
                && let Ok(v) = u16::from_str_radix(&hex, 16)
            {
                for _ in 0..4 {
                    chars.next();
                }
                out.push(v);
                continue;
            }
        }
        let mut buf = [0u16; 2];
        out.extend_from_slice(c.encode_utf16(&mut buf));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names compared while compiling a script of `n` top-level `var`s, each referenced
    /// once, and the same inside a function (registers instead of globals).
    fn names_compared(n: usize, in_function: bool) -> usize {
        let body: String = (0..n).map(|i| format!("var a{i} = {i}; a{i} = a{i} + 1;")).collect();
        let src = if in_function { format!("(function () {{ {body} }})();") } else { body };
        let mut heap = Heap::new();
        NAMES_COMPARED.with(|c| c.set(0));
        compile_script(&mut heap, &src, "t.js").expect("compiles");
        NAMES_COMPARED.with(|c| c.get())
    }

    /// Resolution work per declared name stays constant: a scope with tens of thousands of
    /// bindings (a bundle's top level) is not searched linearly at every reference.
    #[test]
    fn resolving_names_is_linear_in_the_number_of_bindings() {
        for in_function in [false, true] {
            let small = names_compared(2_000, in_function);
            let large = names_compared(16_000, in_function);
            assert!(
                large <= small * 10,
                "in_function {in_function}: {small} comparisons for 2 000 names, {large} for 16 000"
            );
        }
    }
}
