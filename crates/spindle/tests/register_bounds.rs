//! The register allocator reuses temporaries along chains: a left-deep operator chain
//! (`1 + 1 + … + 1`), a logical or comma chain, a member chain (`o.a.a.a`), a call chain
//! (`f()()()`) and a method-call chain (`p.then(f).then(f)…`) compile to the same number of
//! registers whatever their length, so long generated expressions never hit the register
//! limit ("too complex"). Counted on the compiled function's `nregs`, not timed.

use spindle::compiler::compile_script;
use spindle::heap::Heap;

/// Registers of the function `f` compiled from `function f(a, o, p) { return BODY; }`.
fn nregs_of(body: &str) -> u16 {
    let mut heap = Heap::new();
    let src = format!("function f(a, o, p) {{\nreturn {body};\n}}");
    let code = match compile_script(&mut heap, &src, "chain.js") {
        Ok(code) => code,
        Err(e) => panic!("compile error for a {}-byte chain: {}", body.len(), e.message),
    };
    let f = code.functions.first().expect("f");
    f.nregs
}

/// `n` copies of `term` joined by `sep`, one per line (keeps lines short).
fn chain(term: &str, sep: &str, n: usize) -> String {
    vec![term; n].join(&format!("{sep}\n"))
}

fn assert_bounded(what: &str, make: impl Fn(usize) -> String) {
    let small = nregs_of(&make(4));
    let large = nregs_of(&make(70_000));
    assert_eq!(small, large, "{what}: {small} registers for 4 terms, {large} for 70 000");
}

#[test]
fn numeric_addition_chain() {
    assert_bounded("1 + 1 + …", |n| chain("1", " +", n));
}

#[test]
fn identifier_chains() {
    assert_bounded("a + a + …", |n| chain("a", " +", n));
    assert_bounded("g + g + … (global)", |n| chain("g", " +", n));
    assert_bounded("a * 2 - 1 + …", |n| chain("a * 2 - 1", " +", n));
    assert_bounded("a - o.x | …", |n| chain("a - o.x", " |", n));
}

/// For chains compiled as one string concatenation: their parts sit in up to 32 consecutive
/// registers (`MAX_CONCAT_PARTS`; a longer chain is concatenated in chunks), so the count
/// grows with the first 32 terms and then stays, whatever the length.
fn assert_bounded_past_one_chunk(what: &str, make: impl Fn(usize) -> String) {
    let small = nregs_of(&make(4));
    let chunked = nregs_of(&make(100));
    let large = nregs_of(&make(70_000));
    assert_eq!(chunked, large, "{what}: {chunked} registers for 100 terms, {large} for 70 000");
    assert!(large <= small + 32, "{what}: {small} registers for 4 terms, {large} for 70 000");
}

#[test]
fn string_concatenation_chain() {
    assert_bounded_past_one_chunk("'x' + 'x' + …", |n| chain("'x'", " +", n));
    assert_bounded_past_one_chunk("`${a}` + …", |n| chain("`${a}y`", " +", n));
    assert_bounded_past_one_chunk("'x' + a + …", |n| format!("'x' + {}", chain("a", " +", n)));
    assert_bounded_past_one_chunk("`${a}${a}…`", |n| format!("`{}`", "${a}".repeat(n)));
}

#[test]
fn logical_and_comma_chains() {
    assert_bounded("a || b || …", |n| chain("a", " ||", n));
    assert_bounded("a && b && …", |n| chain("a", " &&", n));
    assert_bounded("a ?? b ?? …", |n| chain("a", " ??", n));
    assert_bounded("(a, b, …)", |n| format!("({})", chain("a", ",", n)));
}

#[test]
fn member_and_call_chains() {
    assert_bounded("o.a.a.a…", |n| format!("o{}", "\n.a".repeat(n)));
    assert_bounded("o[0][0]…", |n| format!("o{}", "\n[0]".repeat(n)));
    assert_bounded("o?.a?.a…", |n| format!("o{}", "\n?.a".repeat(n)));
    assert_bounded("f()()()…", |n| format!("a{}", "\n()".repeat(n)));
    assert_bounded("p.then(f).then(f)…", |n| format!("p{}", "\n.then(x => x + 1)".repeat(n)));
    assert_bounded("o.m(1, 2).m(3)…", |n| format!("o{}", "\n.m(a, 2).n(3)".repeat(n)));
}

#[test]
fn prefix_chains_reuse_the_destination() {
    // Right-nested, so only moderately deep, but each level adds no register.
    let nots = |n: usize| format!("{}a", "!\n".repeat(n));
    assert_eq!(nregs_of(&nots(2)), nregs_of(&nots(3_000)));
    let news = |n: usize| format!("{}o", "new\n".repeat(n));
    assert_eq!(nregs_of(&news(2)), nregs_of(&news(3_000)));
}
