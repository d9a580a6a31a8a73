//! The named exports an ES module sees on a CommonJS module, found without running it, the
//! way Node's cjs-module-lexer does (Node: deps/cjs-module-lexer, README "Grammar"):
//! `exports.a =`, `module.exports.a =`, `exports['a'] =`, `Object.defineProperty(exports,
//! 'a', { value … })`, `module.exports = { a, b: c }` (up to the first entry that is not
//! an identifier), and re-exports `module.exports = require('x')` / `...require('x')`.
//! Strings, comments, template literals and regular expressions are skipped.

/// What the lexer found.
#[derive(Debug, Default, PartialEq)]
pub struct CjsExports {
    pub names: Vec<String>,
    /// Specifiers of modules whose names are re-exported.
    pub reexports: Vec<String>,
}

struct Lexer<'s> {
    s: &'s [u8],
    i: usize,
    out: CjsExports,
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80
}

fn is_ident_char(c: u8) -> bool {
    is_ident_start(c) || c.is_ascii_digit()
}

impl<'s> Lexer<'s> {
    fn peek(&self) -> u8 {
        self.s.get(self.i).copied().unwrap_or(0)
    }

    fn skip_ws(&mut self) {
        loop {
            match self.peek() {
                b' ' | b'\t' | b'\n' | b'\r' => self.i += 1,
                b'/' if self.s.get(self.i + 1) == Some(&b'/') => {
                    while self.i < self.s.len() && self.peek() != b'\n' {
                        self.i += 1;
                    }
                }
                b'/' if self.s.get(self.i + 1) == Some(&b'*') => {
                    self.i += 2;
                    while self.i < self.s.len() && !(self.peek() == b'*' && self.s.get(self.i + 1) == Some(&b'/')) {
                        self.i += 1;
                    }
                    self.i += 2;
                }
                _ => return,
            }
        }
    }

    fn eat(&mut self, text: &str) -> bool {
        self.skip_ws();
        let t = text.as_bytes();
        if self.s[self.i.min(self.s.len())..].starts_with(t) {
            let end = self.i + t.len();
            let word = t.last().is_some_and(|&c| is_ident_char(c));
            if word && self.s.get(end).is_some_and(|&c| is_ident_char(c)) {
                return false;
            }
            self.i = end;
            return true;
        }
        false
    }

    fn ident(&mut self) -> Option<String> {
        self.skip_ws();
        let start = self.i;
        if !is_ident_start(self.peek()) {
            return None;
        }
        while is_ident_char(self.peek()) {
            self.i += 1;
        }
        Some(String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
    }

    /// A single- or double-quoted string literal's contents (simple escapes only).
    fn string(&mut self) -> Option<String> {
        self.skip_ws();
        let q = self.peek();
        if q != b'\'' && q != b'"' {
            return None;
        }
        let start = self.i + 1;
        let mut j = start;
        while j < self.s.len() && self.s[j] != q {
            if self.s[j] == b'\\' || self.s[j] == b'\n' {
                return None;
            }
            j += 1;
        }
        let text = String::from_utf8_lossy(self.s.get(start..j)?).into_owned();
        self.i = j + 1;
        Some(text)
    }

    /// Skips a string, template or regular expression literal starting at `self.i`.
    fn skip_literal(&mut self) {
        let q = self.peek();
        self.i += 1;
        while self.i < self.s.len() {
            let c = self.s[self.i];
            self.i += 1;
            if c == b'\\' {
                self.i += 1;
            } else if c == q || (q != b'`' && c == b'\n') {
                return;
            } else if q == b'`' && c == b'$' && self.peek() == b'{' {
                // A substitution: skip to its closing brace (nested braces counted).
                let mut depth = 0;
                while self.i < self.s.len() {
                    match self.s[self.i] {
                        b'{' => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                self.i += 1;
                                break;
                            }
                        }
                        b'\'' | b'"' | b'`' => {
                            self.skip_literal();
                            continue;
                        }
                        _ => {}
                    }
                    self.i += 1;
                }
            }
        }
    }

    fn add(&mut self, name: String) {
        if !self.out.names.contains(&name) {
            self.out.names.push(name);
        }
    }

    /// After `exports` or `module.exports`: `.a =` or `['a'] =`.
    fn member_assignment(&mut self) {
        let save = self.i;
        let name = if self.eat(".") {
            self.ident()
        } else if self.eat("[") {
            let s = self.string();
            if !self.eat("]") { None } else { s }
        } else {
            None
        };
        match name {
            Some(n) if self.eat("=") && !self.eat("=") => self.add(n),
            _ => self.i = save,
        }
    }

    /// `Object.defineProperty(exports, 'a', { … value … })`.
    fn define_property(&mut self) {
        if !(self.eat("(") && (self.eat("exports") || (self.eat("module") && self.eat(".") && self.eat("exports")))) {
            return;
        }
        let Some(name) = (if self.eat(",") { self.string() } else { None }) else { return };
        if !(self.eat(",") && self.eat("{")) {
            return;
        }
        // Only data descriptors ({ value: … }, possibly after enumerable: true).
        if self.eat("enumerable") && !(self.eat(":") && self.eat("true") && self.eat(",")) {
            return;
        }
        if self.eat("value") && self.eat(":") {
            self.add(name);
        }
    }

    /// `= require('x')` or `= { a, b: c, ...require('x') }` after `module.exports`.
    fn exports_assignment(&mut self) {
        if !self.eat("=") || self.eat("=") {
            return;
        }
        if self.eat("require") {
            if self.eat("(")
                && let Some(s) = self.string()
                && self.eat(")")
            {
                self.out.reexports.push(s);
            }
            return;
        }
        if !self.eat("{") {
            return;
        }
        loop {
            if self.eat("...") {
                if self.eat("require")
                    && self.eat("(")
                    && let Some(s) = self.string()
                    && self.eat(")")
                {
                    self.out.reexports.push(s);
                } else {
                    return;
                }
            } else {
                let key = match self.string() {
                    Some(s) => Some(s),
                    None => self.ident(),
                };
                let Some(key) = key else { return };
                if self.eat(":") && self.ident().is_none() {
                    return;
                }
                self.add(key);
            }
            if !self.eat(",") {
                return;
            }
        }
    }

    fn run(mut self) -> CjsExports {
        let mut prev_dot = false;
        while self.i < self.s.len() {
            let c = self.peek();
            match c {
                b'\'' | b'"' | b'`' => {
                    self.skip_literal();
                    prev_dot = false;
                }
                b'/' if matches!(self.s.get(self.i + 1), Some(b'/' | b'*')) => self.skip_ws(),
                _ if is_ident_start(c) => {
                    let word = self.ident().unwrap_or_default();
                    if prev_dot {
                        prev_dot = false;
                        continue;
                    }
                    match word.as_str() {
                        "exports" => self.member_assignment(),
                        "module" if self.eat(".") && self.eat("exports") => {
                            let save = self.i;
                            self.member_assignment();
                            if self.i == save {
                                self.exports_assignment();
                            }
                        }
                        "Object" if self.eat(".") && self.eat("defineProperty") => self.define_property(),
                        _ => {}
                    }
                }
                _ => {
                    prev_dot = c == b'.';
                    self.i += 1;
                }
            }
        }
        self.out
    }
}

/// The exports cjs-module-lexer would find in `source`.
pub fn parse_cjs_exports(source: &str) -> CjsExports {
    Lexer { s: source.as_bytes(), i: 0, out: CjsExports::default() }.run()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignments_define_property_and_object_literals() {
        let src = "exports.a = 1;\nmodule.exports.b = 2;\nObject.defineProperty(exports, 'c', { enumerable: true, get() { return 3; } });\nexports['d-e'] = 4;\nif (0) exports.f = 5; x.exports.g = 1; exports.h == 2;";
        assert_eq!(parse_cjs_exports(src).names, ["a", "b", "d-e", "f"]);
        let src = "module.exports = { x, y: 2, 'z': 3 };";
        assert_eq!(parse_cjs_exports(src).names, ["x"]);
        let src = "Object.defineProperty(exports, \"__esModule\", { value: true }); // exports.no = 1\nexports.default = 1; `${exports.t = 1}`";
        assert_eq!(parse_cjs_exports(src).names, ["__esModule", "default"]);
        let src = "module.exports = { a, b: c, ...require('./r'), d };";
        assert_eq!(
            parse_cjs_exports(src),
            CjsExports { names: vec!["a".into(), "b".into(), "d".into()], reexports: vec!["./r".into()] }
        );
        assert_eq!(parse_cjs_exports("module.exports = require(\"./x\");").reexports, ["./x"]);
    }
}
