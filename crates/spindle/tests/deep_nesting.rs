//! Deeply nested source never overflows the Rust stack: the compiler measures the nesting
//! before parsing (compiler/nesting.rs), runs the recursive parser and checker on a stack
//! of that size, and rejects what is nested past its limit with a SyntaxError (V8 throws a
//! RangeError from its parser at about 10 000 nested parentheses).
//!
//! Each case compiles on a thread with a small stack, so the parse runs on exactly the
//! stack the measurement asked for: a measurement that undercounts aborts this test.

use spindle::compiler::compile_script;
use spindle::compiler::nesting::{MAX_PARSE_DEPTH, measure};
use spindle::heap::Heap;

/// `open` × n, `middle`, `close` × n, one piece per line; `#` in `open` is the level.
fn nested(open: &str, middle: &str, close: &str, n: usize) -> String {
    let mut s = String::from("var a, f = x => x;\n");
    for i in 0..n {
        s.push_str(&open.replace('#', &i.to_string()));
        s.push('\n');
    }
    s.push_str(middle);
    for _ in 0..n {
        s.push('\n');
        s.push_str(close);
    }
    s.push(';');
    s
}

const CASES: &[(&str, &str, &str, &str)] = &[
    ("parentheses", "(", "1", ")"),
    ("arrays", "[", "", "]"),
    ("calls", "f(", "1", ")"),
    ("object literals", "({a:", "1", "})"),
    ("function expressions", "(function(){return", "1", "})"),
    ("class expressions", "(class{m(){return", "1", "}})"),
    ("arrow functions", "x=>", "1", ""),
    ("templates", "`${", "1", "}`"),
    ("blocks", "{", "", "}"),
    ("if statements", "if(a)", ";", ""),
    ("logical not", "!", "a", ""),
    ("unary minus", "-", "a", ""),
    ("assignments", "a=", "1", ""),
    ("conditionals", "a?1:", "1", ""),
    ("exponentiation", "2**", "1", ""),
    ("new", "new", "Object", ""),
    ("labels", "l#:", "1", ""),
    ("do-while", "do", ";", "while(0)"),
];

/// Compiles `src` on a thread whose own stack is far too small for it.
fn compile_on_small_stack(src: String) -> Result<(), String> {
    std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || {
            let mut heap = Heap::new();
            compile_script(&mut heap, &src, "deep.js").map(|_| ()).map_err(|e| e.message)
        })
        .expect("thread")
        .join()
        .expect("no panic")
}

#[test]
fn nesting_under_the_limit_compiles_on_the_measured_stack() {
    for &(what, open, middle, close) in CASES {
        // The deepest nesting of this construct the limit allows: the stack is tightest.
        let (mut lo, mut hi) = (1, MAX_PARSE_DEPTH + 1);
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if measure(&nested(open, middle, close, mid)).too_deep() { hi = mid } else { lo = mid }
        }
        let n = lo;
        match compile_on_small_stack(nested(open, middle, close, n)) {
            Ok(()) => {}
            // Some constructs need more registers than a function has: a clean error too.
            Err(m) if m.contains("too complex") => {}
            Err(m) => panic!("{what} nested {n} deep: {m}"),
        }
    }
}

#[test]
fn nesting_past_the_limit_is_a_syntax_error() {
    for &(what, open, middle, close) in CASES {
        let n = MAX_PARSE_DEPTH + 10;
        match compile_on_small_stack(nested(open, middle, close, n)) {
            Err(m) if m.contains("nested too deeply") => {}
            other => panic!("{what} nested {n} deep: {other:?}"),
        }
    }
}

#[test]
fn long_flat_code_is_not_deep() {
    // Left-associative chains and statement lists are loops in the parser.
    let sum = format!("var r = {};", vec!["1"; 300_000].join(" +\n"));
    assert_eq!(compile_on_small_stack(sum), Ok(()));
    let statements = "if (a) { a = !a; } else if (a) { a = -a; }\n".repeat(60_000);
    assert_eq!(compile_on_small_stack(format!("var a;\n{statements}")), Ok(()));
}
