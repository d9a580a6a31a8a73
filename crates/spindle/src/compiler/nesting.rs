//! How deeply a source text nests, measured before parsing.
//!
//! oxc's parser and oxc_semantic's checker are recursive and have no depth limit of their
//! own: `[[[[…]]]]` a million levels deep overflows any thread stack, and a Rust stack
//! overflow aborts the process. V8 checks its stack while parsing and throws
//! "RangeError: Maximum call stack size exceeded" instead. We cannot instrument the
//! parser, so a linear pre-scan bounds its recursion from the tokens: the compiler gives
//! the parse a stack that large, or rejects the source when the bound is past the limit.
//!
//! The scan tokenizes as a reader does without a grammar (strings, template literals with
//! their `${…}` nesting, comments, regular expression literals told from division by the
//! previous token as in Tim Disney's sweet.js reader) and keeps, per open bracket, two counts
//! of the tokens that make the parser or a tree walk go one level deeper without a bracket:
//!
//! * `parse`: prefix operators (`!x`, `-x`, `new`, `typeof`, `await`, …), right-associative
//!   operators (`=`, `**`, `? :`, `=>`) and statement keywords (`if (a) if (b) …`, `else
//!   if` chains, labels) recurse in the parser;
//! * `tree`: every operator and member or call suffix as well: `1 + 1 + … + 1` and
//!   `a.b.c…` are loops in the parser but left-deep trees that the semantic checker and the
//!   compiler's analysis walk recursively, with much smaller frames.
//!
//! A `,` ends the expression chains of its level, a `;` (unless `else` follows) or a `}`
//! followed by the start of a new statement also the statement chains. Brackets count one
//! level each for both. Each count over-approximates the recursion it stands for; the
//! per-level stack sizes below were measured on the deepest input of each kind (see
//! tests/deep_nesting.rs, which compiles each at the limit on exactly this stack).

/// Nesting the compiler accepts: bracket levels plus bracket-free prefix/right-associative
/// chains and statement heads. V8's parser stops near 10 000 nested parentheses.
pub const MAX_PARSE_DEPTH: usize = 50_000;
/// Left-deep operator and member chains, which only the tree walks recurse on (Node
/// compiles `1 + … + 1` with millions of terms; a million is 400 MB of stack here).
pub const MAX_TREE_DEPTH: usize = 1_000_000;

/// Stack bytes per `parse` level: measured up to ~1.6 KB (nested parentheses, arrays,
/// calls; `(class{m(){return …}})` spends ~5 KB on five levels); 1 KB is too little for
/// the deepest cases, 2 KB enough, this leaves a margin.
const PARSE_BYTES_PER_LEVEL: usize = 3 << 10;
/// Stack bytes per `tree` level (oxc_semantic's visitor: under 200 bytes measured).
const TREE_BYTES_PER_LEVEL: usize = 384;
/// Stack for everything that does not nest.
const BASE_STACK: usize = 32 << 20;

/// The deepest nesting of `src`: (parser levels, tree levels).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nesting {
    pub parse: usize,
    pub tree: usize,
    /// Byte offset where a limit was first exceeded (for the error position).
    pub over_at: Option<usize>,
}

impl Nesting {
    /// Stack the parse and the tree walks of such a source need.
    pub fn stack_bytes(self) -> usize {
        BASE_STACK + (self.parse * PARSE_BYTES_PER_LEVEL).max(self.tree * TREE_BYTES_PER_LEVEL)
    }

    pub fn too_deep(self) -> bool {
        self.parse > MAX_PARSE_DEPTH || self.tree > MAX_TREE_DEPTH
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    /// `(`; `true` when it follows `if`/`while`/`for`/`with` (a regexp may follow its `)`).
    Paren(bool),
    Bracket,
    /// `{`; `true` for a block or a function body (a regexp may follow its `}`).
    Brace(bool),
    /// `${` inside a template literal.
    Template,
}

/// What the previous significant token was, for the regexp-or-division decision.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// Start of input or a token after which an expression starts (`/` is a regexp).
    ExprStart,
    /// An operand (`/` is division).
    Operand,
    /// A word that may start a statement after `}`, with whether it is an operand.
    Word { operand: bool },
}

/// One open bracket and the chains inside it so far.
#[derive(Clone, Copy)]
struct Level {
    open: Open,
    /// Statement heads (`if`, `else`, `for`, `return`, …): they stay open across a `,`.
    stmt: usize,
    /// Prefix and right-associative operators.
    expr: usize,
    /// Operators and suffixes that deepen only the tree.
    tree: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Stmt,
    Expr,
    Tree,
}

struct Scan<'s> {
    s: &'s [u8],
    i: usize,
    levels: Vec<Level>,
    /// Sums over `levels` (each level counts 1 plus its own counts).
    parse: usize,
    tree: usize,
    max: Nesting,
    prev: Prev,
    /// The last token closed a block `}`: a word starting a statement resets the level.
    after_block_close: bool,
}

/// The bytes a word (an identifier, keyword or number) goes on with: ASCII letters and
/// digits, `_`, `$`, `\\` (escapes) and every byte of a non-ASCII character. A table: this
/// test runs for most bytes of a source.
static WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b == b'\\' || b >= 0x80;
        c += 1;
    }
    t
};

/// What a word means to the scan (bits of [`word_class`]).
const STATEMENT: u8 = 1;
/// Recurses in the parser as an expression: a prefix operator or a definition.
const NESTING: u8 = 2;
/// A binary operator word (`in`, `instanceof`, `of`): deepens only the tree.
const TREE_OPERATOR: u8 = 4;
/// An expression (so a regexp) starts after it.
const EXPR_BEFORE: u8 = 8;
/// Continues the statement a `}` ended (`} else`, `} catch`, `} while (…)`) or is a binary
/// operator.
const CONTINUING: u8 = 16;

/// The keywords the scan tells apart, as a set of the bits above (0 for any other word).
/// Statement heads (`if`, `for`, `return`, …) each nest the statement that follows in the
/// parser. One `match` on the bytes: this runs for every word of the source.
fn word_class(word: &[u8]) -> u8 {
    match word {
        b"if" | b"for" | b"with" | b"try" | b"switch" | b"var" | b"let" | b"const" | b"import" | b"export"
        | b"default" => STATEMENT,
        b"else" => STATEMENT | EXPR_BEFORE | CONTINUING,
        b"while" | b"catch" | b"finally" => STATEMENT | CONTINUING,
        b"do" | b"case" | b"return" | b"throw" => STATEMENT | EXPR_BEFORE,
        b"typeof" | b"new" | b"delete" | b"void" | b"yield" | b"await" | b"extends" => NESTING | EXPR_BEFORE,
        b"function" | b"class" | b"async" => NESTING,
        b"in" | b"instanceof" | b"of" => TREE_OPERATOR | EXPR_BEFORE | CONTINUING,
        _ => 0,
    }
}

/// How a punctuator nests.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Punct {
    /// `!`, `~`: prefix operators.
    Not,
    /// `...`
    Spread,
    /// `+`, `-`: prefix or binary.
    Sign,
    /// `++`, `--`: prefix or postfix.
    Step,
    /// Assignments, `**`, `?`, `:` and `=>`: right-associative, the parser recurses for each.
    RightAssociative,
    /// `.`, `?.`
    Member,
    /// The other binary operators: left-deep trees.
    Binary,
    /// `#` of a private name.
    Hash,
    /// `@` and bytes that are no punctuator.
    Other,
}

/// The longest punctuator at the start of `rest` (not empty): its length and kind. Matched
/// on the first byte: this runs for every punctuator of the source.
fn punctuator_at(rest: &[u8]) -> (usize, Punct) {
    let at = |k: usize| rest.get(k).copied().unwrap_or(0);
    let (b1, b2, b3) = (at(1), at(2), at(3));
    use Punct::*;
    match rest[0] {
        b'>' => match (b1, b2, b3) {
            (b'>', b'>', b'=') => (4, RightAssociative),
            (b'>', b'>', _) => (3, Binary),
            (b'>', b'=', _) => (3, RightAssociative),
            (b'>', _, _) => (2, Binary),
            (b'=', _, _) => (2, Binary),
            _ => (1, Binary),
        },
        b'<' => match (b1, b2) {
            (b'<', b'=') => (3, RightAssociative),
            (b'<', _) | (b'=', _) => (2, Binary),
            _ => (1, Binary),
        },
        b'=' => match (b1, b2) {
            (b'=', b'=') => (3, Binary),
            (b'>', _) => (2, RightAssociative),
            (b'=', _) => (2, Binary),
            _ => (1, RightAssociative),
        },
        b'!' => match (b1, b2) {
            (b'=', b'=') => (3, Binary),
            (b'=', _) => (2, Binary),
            _ => (1, Not),
        },
        b'*' => match (b1, b2) {
            (b'*', b'=') => (3, RightAssociative),
            (b'*', _) | (b'=', _) => (2, RightAssociative),
            _ => (1, Binary),
        },
        b'&' | b'|' | b'?' if b1 == rest[0] => match b2 {
            b'=' => (3, RightAssociative),
            _ => (2, Binary),
        },
        b'?' if b1 == b'.' => (2, Member),
        b'?' => (1, RightAssociative),
        b'&' | b'|' | b'^' | b'/' | b'%' if b1 == b'=' => (2, RightAssociative),
        b'&' | b'|' | b'^' | b'/' | b'%' => (1, Binary),
        b'+' | b'-' if b1 == rest[0] => (2, Step),
        b'+' | b'-' if b1 == b'=' => (2, RightAssociative),
        b'+' | b'-' => (1, Sign),
        b'.' if b1 == b'.' && b2 == b'.' => (3, Spread),
        b'.' => (1, Member),
        b'~' => (1, Not),
        b':' => (1, RightAssociative),
        b'#' => (1, Hash),
        _ => (1, Other),
    }
}

/// Measures how deeply `src` nests (see the module documentation).
pub fn measure(src: &str) -> Nesting {
    let mut sc = Scan {
        s: src.as_bytes(),
        i: 0,
        levels: vec![Level { open: Open::Brace(true), stmt: 0, expr: 0, tree: 0 }],
        parse: 0,
        tree: 0,
        max: Nesting { parse: 0, tree: 0, over_at: None },
        prev: Prev::ExprStart,
        after_block_close: false,
    };
    sc.run();
    sc.max
}

impl Scan<'_> {
    fn peek(&self, k: usize) -> u8 {
        self.s.get(self.i + k).copied().unwrap_or(0)
    }

    fn note(&mut self) {
        self.max.parse = self.max.parse.max(self.parse);
        self.max.tree = self.max.tree.max(self.tree);
        if self.max.over_at.is_none() && self.max.too_deep() {
            self.max.over_at = Some(self.i);
        }
    }

    /// One more level at the current bracket level.
    fn unit(&mut self, unit: Unit) {
        let top = self.levels.last_mut().expect("outermost level");
        match unit {
            Unit::Stmt => top.stmt += 1,
            Unit::Expr => top.expr += 1,
            Unit::Tree => top.tree += 1,
        }
        if unit != Unit::Tree {
            self.parse += 1;
        }
        self.tree += 1;
        self.note();
    }

    /// The chains of the current level are over: its expressions after `,`, also its
    /// statements after `;` or at the start of a new statement.
    fn reset(&mut self, statements: bool) {
        let top = self.levels.last_mut().expect("outermost level");
        let stmt = if statements { std::mem::take(&mut top.stmt) } else { 0 };
        let expr = std::mem::take(&mut top.expr);
        let tree = std::mem::take(&mut top.tree);
        self.parse -= stmt + expr;
        self.tree -= stmt + expr + tree;
    }

    fn open(&mut self, open: Open) {
        self.levels.push(Level { open, stmt: 0, expr: 0, tree: 0 });
        self.parse += 1;
        self.tree += 1;
        self.note();
    }

    /// Closes the innermost level (a stray closer closes nothing).
    fn close(&mut self) -> Option<Open> {
        if self.levels.len() == 1 {
            return None;
        }
        let l = self.levels.pop()?;
        self.parse -= l.stmt + l.expr + 1;
        self.tree -= l.stmt + l.expr + l.tree + 1;
        Some(l.open)
    }

    /// Whether the next token is the word `else` (`if (a) b; else …` continues the `if`).
    fn else_follows(&self) -> bool {
        let mut j = self.i;
        while j < self.s.len() && matches!(self.s[j], b' ' | b'\t' | b'\n' | b'\r') {
            j += 1;
        }
        self.s[j..].starts_with(b"else")
            && !self.s.get(j + 4).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'$')
    }

    fn run(&mut self) {
        while self.i < self.s.len() {
            let c = self.s[self.i];
            if c == b'\n' || c == b'\r' || c == b' ' || c == b'\t' || c == 0x0B || c == 0x0C {
                self.i += 1;
                continue;
            }
            if c == b'/' && self.peek(1) == b'/' {
                self.skip_line();
                continue;
            }
            if c == b'/' && self.peek(1) == b'*' {
                self.i += 2;
                while self.i < self.s.len() && !(self.s[self.i] == b'*' && self.peek(1) == b'/') {
                    self.i += 1;
                }
                self.i += 2;
                continue;
            }
            let block_close = std::mem::take(&mut self.after_block_close);
            match c {
                b'\'' | b'"' => {
                    self.skip_string(c);
                    self.prev = Prev::Operand;
                }
                b'`' => {
                    self.i += 1;
                    self.template_chars();
                }
                b'0'..=b'9' => {
                    self.skip_word();
                    self.prev = Prev::Operand;
                }
                b'.' if self.peek(1).is_ascii_digit() => {
                    self.i += 1;
                    self.skip_word();
                    self.prev = Prev::Operand;
                }
                b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'$' | b'\\' | 0x80..=0xFF => {
                    let start = self.i;
                    self.skip_word();
                    let class = word_class(&self.s[start..self.i]);
                    if block_close && class & CONTINUING == 0 {
                        self.reset(true);
                    }
                    if class & STATEMENT != 0 {
                        self.unit(Unit::Stmt);
                    } else if class & NESTING != 0 {
                        self.unit(Unit::Expr);
                    } else if class & TREE_OPERATOR != 0 {
                        self.unit(Unit::Tree);
                    }
                    self.prev = Prev::Word { operand: class & EXPR_BEFORE == 0 };
                }
                b'(' => {
                    // A call or a grouping; `if (…)` and friends allow a regexp after `)`.
                    let control = matches!(self.prev, Prev::Word { operand: true }) && self.prev_word_is_control();
                    if matches!(self.prev, Prev::Operand | Prev::Word { operand: true }) && !control {
                        self.unit(Unit::Tree);
                    }
                    self.i += 1;
                    self.open(Open::Paren(control));
                    self.prev = Prev::ExprStart;
                }
                b'[' => {
                    if matches!(self.prev, Prev::Operand | Prev::Word { operand: true }) {
                        self.unit(Unit::Tree);
                    }
                    self.i += 1;
                    self.open(Open::Bracket);
                    self.prev = Prev::ExprStart;
                }
                b'{' => {
                    if block_close {
                        self.reset(true);
                    }
                    // An object literal follows an operator or an opening bracket; after
                    // `)`, a word, `;`, `}` or at the start it is a block or a body.
                    let block = !matches!(self.prev, Prev::ExprStart) || self.after_statement_token();
                    self.i += 1;
                    self.open(Open::Brace(block));
                    self.prev = Prev::ExprStart;
                }
                b')' | b']' | b'}' => {
                    self.i += 1;
                    match self.close() {
                        Some(Open::Template) => self.template_chars(),
                        Some(Open::Brace(true)) => {
                            self.prev = Prev::ExprStart;
                            self.after_block_close = true;
                        }
                        Some(Open::Paren(true)) => self.prev = Prev::ExprStart,
                        _ => self.prev = Prev::Operand,
                    }
                }
                b'/' if self.prev != Prev::Operand && !matches!(self.prev, Prev::Word { operand: true }) => {
                    self.skip_regexp();
                    self.prev = Prev::Operand;
                }
                b',' | b';' => {
                    self.i += 1;
                    self.reset(c == b';' && !self.else_follows());
                    self.prev = Prev::ExprStart;
                }
                _ => self.punctuator(block_close),
            }
        }
    }

    /// Whether the token before the current `{` leaves it in statement position. Only
    /// called when that token was an "expression start" punctuator.
    fn after_statement_token(&self) -> bool {
        let mut j = self.i;
        while j > 0 {
            j -= 1;
            match self.s[j] {
                b' ' | b'\t' | b'\n' | b'\r' => continue,
                b';' | b'{' | b'}' => return true,
                b')' => return true,
                b'>' => return j > 0 && self.s[j - 1] == b'=',
                _ => return false,
            }
        }
        true
    }

    /// Whether the word before the current `(` is `if`, `while`, `for` or `with`.
    fn prev_word_is_control(&self) -> bool {
        let mut j = self.i;
        while j > 0 && matches!(self.s[j - 1], b' ' | b'\t' | b'\n' | b'\r') {
            j -= 1;
        }
        let end = j;
        while j > 0 && (self.s[j - 1].is_ascii_alphanumeric() || matches!(self.s[j - 1], b'_' | b'$')) {
            j -= 1;
        }
        matches!(&self.s[j..end], b"if" | b"while" | b"for" | b"with")
    }

    fn punctuator(&mut self, block_close: bool) {
        let (len, punct) = punctuator_at(&self.s[self.i..]);
        self.i += len;
        let operand_before = matches!(self.prev, Prev::Operand | Prev::Word { operand: true });
        if block_close && !operand_before && matches!(punct, Punct::Not | Punct::Sign | Punct::Step) {
            self.reset(true);
        }
        match punct {
            // Prefix operators recurse in the parser; as binary operators `+`/`-` only
            // deepen the tree (left-associative chains are loops in the parser).
            Punct::Not | Punct::Spread | Punct::RightAssociative => self.unit(Unit::Expr),
            Punct::Sign | Punct::Step => self.unit(if operand_before { Unit::Tree } else { Unit::Expr }),
            Punct::Member | Punct::Binary => self.unit(Unit::Tree),
            Punct::Hash | Punct::Other => {}
        }
        self.prev = match punct {
            // Postfix `++`/`--` after an operand end an operand; `.`/`?.` are followed by a
            // property name, never by a regexp.
            Punct::Step if operand_before => Prev::Operand,
            Punct::Member | Punct::Hash => Prev::Operand,
            _ => Prev::ExprStart,
        };
    }

    fn skip_line(&mut self) {
        while self.i < self.s.len() && self.s[self.i] != b'\n' && self.s[self.i] != b'\r' {
            self.i += 1;
        }
    }

    fn skip_word(&mut self) {
        loop {
            while self.s.get(self.i).is_some_and(|&c| WORD_BYTES[c as usize]) {
                self.i += 1;
            }
            let Some(&c) = self.s.get(self.i) else { return };
            if c == b'.' && self.s[self.i - 1].is_ascii_digit() {
                // `1.5`, `1.e3` (a member access on a number literal needs `1..x`).
                self.i += 1;
            } else if matches!(c, b'+' | b'-') && matches!(self.s[self.i - 1], b'e' | b'E') && self.in_number() {
                self.i += 1;
            } else {
                return;
            }
        }
    }

    /// Whether the word being read is a decimal number (for exponent signs).
    fn in_number(&self) -> bool {
        let mut j = self.i;
        while j > 0 && (self.s[j - 1].is_ascii_alphanumeric() || self.s[j - 1] == b'.' || self.s[j - 1] == b'_') {
            j -= 1;
        }
        self.s[j].is_ascii_digit() || self.s[j] == b'.'
    }

    fn skip_string(&mut self, quote: u8) {
        self.i += 1;
        while self.i < self.s.len() {
            match self.s[self.i] {
                b'\\' => self.i += 2,
                b'\n' | b'\r' => return,
                c if c == quote => {
                    self.i += 1;
                    return;
                }
                _ => self.i += 1,
            }
        }
    }

    /// Template characters up to the closing backquote or the next `${`.
    fn template_chars(&mut self) {
        while self.i < self.s.len() {
            match self.s[self.i] {
                b'\\' => self.i += 2,
                b'`' => {
                    self.i += 1;
                    self.prev = Prev::Operand;
                    return;
                }
                b'$' if self.peek(1) == b'{' => {
                    self.i += 2;
                    self.open(Open::Template);
                    self.prev = Prev::ExprStart;
                    return;
                }
                _ => self.i += 1,
            }
        }
        self.prev = Prev::Operand;
    }

    fn skip_regexp(&mut self) {
        self.i += 1;
        let mut class = false;
        while self.i < self.s.len() {
            match self.s[self.i] {
                b'\\' => self.i += 2,
                b'\n' | b'\r' => return,
                b'[' => {
                    class = true;
                    self.i += 1;
                }
                b']' => {
                    class = false;
                    self.i += 1;
                }
                b'/' if !class => {
                    self.i += 1;
                    self.skip_word();
                    return;
                }
                _ => self.i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_depth(s: &str) -> usize {
        measure(s).parse
    }

    #[test]
    fn brackets_and_chains() {
        assert_eq!(parse_depth("a"), 0);
        assert_eq!(parse_depth("((a))"), 2);
        assert_eq!(parse_depth("[[[]]]"), 3);
        assert!(parse_depth("!!!!a") >= 4);
        assert!(parse_depth("a = b = c = d") >= 3);
        assert!(parse_depth("a ? b : c ? d : e") >= 2);
        assert!(parse_depth("if (a) {} else if (b) {} else if (c) {} else {}") >= 3);
        assert!(parse_depth(&format!("if (a) b;{}", " else if (c) d;".repeat(100))) >= 200);
        assert!(parse_depth(&format!("if (a) b, c;{}", " else if (c) d, e;".repeat(100))) >= 200);
        // Left-associative chains are loops in the parser, deep only as trees.
        let sum = vec!["1"; 1000].join(" + ");
        assert!(parse_depth(&sum) < 5);
        assert!(measure(&sum).tree >= 999);
        // Separate statements and list elements do not add up.
        assert!(parse_depth(&"a = !b;\n".repeat(1000)) < 5);
        assert!(parse_depth(&"if (a) { b(); }\n".repeat(1000)) < 5);
        assert!(parse_depth(&format!("[{}]", "-a, ".repeat(1000))) < 5);
    }

    #[test]
    fn strings_comments_templates_and_regexps_do_not_count() {
        assert_eq!(parse_depth("'((((' + \"[[[[\""), 0);
        assert_eq!(parse_depth("// ((((\n/* [[[[ */ a"), 0);
        assert_eq!(parse_depth("x = /[(]((/g"), 1);
        assert_eq!(parse_depth("`((( ${ [a] } (((`"), 2);
        assert_eq!(parse_depth("a / (b) / c"), 1);
        assert_eq!(parse_depth("if (a) /(((/.test(b)"), 2);
        // A closing bracket inside a regexp does not hide the real nesting.
        assert!(parse_depth("[[[[ /]]]]/ ]]]]") >= 4);
    }
}
