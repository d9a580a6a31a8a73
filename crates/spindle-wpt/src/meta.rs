//! The `// META:` header of a WPT `.any.js` file.
//!
//! WPT: tools/manifest/sourcefile.py `read_script_metadata` (regexp
//! `//\s*META:\s*(\w*)=(.*)$`): the metadata is the run of matching lines at the top of
//! the file; the first line that does not match ends it.

/// The scopes of `META: global=` (WPT: tools/manifest/sourcefile.py `global_variants`)
/// the runner emulates with its shell-style global. `shadowrealm` is not one: a test for
/// it alone checks what a ShadowRealm does not expose, which a plain global does.
pub const EMULATED_SCOPES: &[&str] = &["worker", "dedicatedworker", "jsshell"];

/// Parsed metadata of one test file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// `global=` values, in order (split on `,`, trimmed); empty when there is no line.
    pub globals: Vec<String>,
    /// `script=` values, in order.
    pub scripts: Vec<String>,
    /// `variant=` values, in order (`?…` or `#…`).
    pub variants: Vec<String>,
    /// `timeout=long` was given.
    pub long_timeout: bool,
    /// `title=`.
    pub title: Option<String>,
}

/// Parses the metadata block at the top of `source`.
///
/// WPT: tools/manifest/sourcefile.py `read_script_metadata`.
pub fn parse(source: &str) -> Meta {
    let mut m = Meta::default();
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    for line in source.lines() {
        let Some((key, value)) = meta_line(line) else { break };
        match key {
            "global" => m.globals.extend(value.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from)),
            "script" => m.scripts.push(value.to_string()),
            "variant" => m.variants.push(value.to_string()),
            "timeout" => m.long_timeout |= value == "long",
            "title" => m.title = Some(value.to_string()),
            _ => {}
        }
    }
    m
}

/// `//\s*META:\s*(\w*)=(.*)$` on one line: the key and the value.
fn meta_line(line: &str) -> Option<(&str, &str)> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let rest = line.strip_prefix("//")?.trim_start();
    let rest = rest.strip_prefix("META:")?.trim_start();
    let (key, value) = rest.split_once('=')?;
    if !key.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    Some((key, value))
}

impl Meta {
    /// The `global=` list as WPT reads it: no line means `window` and `dedicatedworker`
    /// (WPT: tools/manifest/sourcefile.py `_any_variants` default).
    pub fn effective_globals(&self) -> Vec<String> {
        if self.globals.is_empty() { vec!["window".into(), "dedicatedworker".into()] } else { self.globals.clone() }
    }

    /// Whether one of the test's scopes is one the runner emulates (a worker or a JS
    /// shell, run as a shell-style global; not the `-module` forms, since the files are run
    /// as classic scripts).
    pub fn runs_in_shell(&self) -> bool {
        self.effective_globals().iter().any(|g| EMULATED_SCOPES.contains(&g.as_str()))
    }

    /// Whether the test is for worker scopes only (no `window`, no `jsshell`): it tests the
    /// worker's global itself, so it runs in a real dedicated worker, as WPT's
    /// `X.any.worker.html` runs it.
    pub fn runs_in_real_worker(&self) -> bool {
        let globals = self.effective_globals();
        globals.iter().any(|g| g == "worker" || g == "dedicatedworker")
            && !globals.iter().any(|g| g == "window" || g == "jsshell")
    }

    /// The variants to run: the `variant=` values, or one run without a query.
    pub fn runs(&self) -> Vec<String> {
        if self.variants.is_empty() { vec![String::new()] } else { self.variants.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_header_block_only() {
        let m = parse(
            "// META: title=Encoding API: invalid label\n// META: timeout=long\n// META: variant=?1-1000\n\
             //META:variant=?1001-last\n// META: script=resources/encodings.js\n// META: script=/common/subset-tests.js\n\
             \n// META: global=window\n",
        );
        assert_eq!(m.title.as_deref(), Some("Encoding API: invalid label"));
        assert!(m.long_timeout);
        assert_eq!(m.variants, ["?1-1000", "?1001-last"]);
        assert_eq!(m.scripts, ["resources/encodings.js", "/common/subset-tests.js"]);
        assert!(m.globals.is_empty(), "the line after the blank line is not metadata");
        assert!(m.runs_in_shell());
    }

    #[test]
    fn globals() {
        assert!(parse("// META: global=window,worker\n").runs_in_shell());
        assert!(!parse("// META: global=shadowrealm\n").runs_in_shell());
        assert!(parse("// META: global=window,dedicatedworker,shadowrealm\n").runs_in_shell());
        assert!(!parse("// META: global=window\n").runs_in_shell());
        assert!(!parse("// META: global=window,sharedworker\n").runs_in_shell());
        assert!(!parse("// META: global=dedicatedworker-module\n").runs_in_shell());
        assert_eq!(parse("x").runs(), [""]);
        assert!(parse("// META: global=worker\n").runs_in_real_worker());
        assert!(parse("// META: global=dedicatedworker,sharedworker\n").runs_in_real_worker());
        assert!(!parse("// META: global=window,worker\n").runs_in_real_worker());
        assert!(!parse("x").runs_in_real_worker());
    }
}
