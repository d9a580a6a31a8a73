//! Test pages without a DOM: the `<script>` elements of an HTML test, in document order,
//! and the page WPT's server makes for a `.worker.js` test. The runner runs a page's
//! scripts in one global that stands in for the window (no `document`): testharness.js
//! then uses its `ShellTestEnvironment`, and the workers the page starts are real ones.
//!
//! This reads only what such tests use: `<title>`, `<script src>` and inline scripts;
//! comments are skipped, everything else is ignored (the HTML tokenizer's script data
//! state ends an inline script at the first `</script`).

/// A script of a page, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageScript {
    /// `<script src=…>`: the URL as written.
    Src(String),
    /// An inline script's text, and the line of the page it starts on.
    Inline(String, usize),
}

/// What a page holds for the runner.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The text of `<title>`, whitespace collapsed (`document.title`).
    pub title: Option<String>,
    pub scripts: Vec<PageScript>,
    /// A `<script type=module>`: the runner runs classic scripts only.
    pub has_module_script: bool,
}

/// Reads the scripts and the title of an HTML test.
pub fn parse(html: &str) -> Page {
    let mut page = Page::default();
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    while i < html.len() {
        let Some(off) = lower[i..].find('<') else { break };
        i += off;
        if lower[i..].starts_with("<!--") {
            i = lower[i + 4..].find("-->").map_or(html.len(), |e| i + 4 + e + 3);
        } else if let Some(rest) = tag_start(&lower[i..], "script") {
            let open_end = i + rest;
            let Some(gt) = lower[open_end..].find('>') else { break };
            let attrs = &html[open_end..open_end + gt];
            let body_start = open_end + gt + 1;
            let body_end = lower[body_start..].find("</script").map_or(html.len(), |e| body_start + e);
            let script_type = attribute(attrs, "type").unwrap_or_default().trim().to_ascii_lowercase();
            if script_type == "module" {
                page.has_module_script = true;
            } else if is_javascript_type(&script_type) {
                match attribute(attrs, "src") {
                    Some(src) => page.scripts.push(PageScript::Src(src)),
                    None => {
                        let line = html[..body_start].matches('\n').count() + 1;
                        page.scripts.push(PageScript::Inline(html[body_start..body_end].to_string(), line));
                    }
                }
            }
            i = lower[body_end..].find('>').map_or(html.len(), |e| body_end + e + 1);
        } else if let Some(rest) = tag_start(&lower[i..], "title") {
            let open_end = i + rest;
            let Some(gt) = lower[open_end..].find('>') else { break };
            let text_start = open_end + gt + 1;
            let text_end = lower[text_start..].find("</title").map_or(html.len(), |e| text_start + e);
            if page.title.is_none() {
                page.title = Some(html[text_start..text_end].split_ascii_whitespace().collect::<Vec<_>>().join(" "));
            }
            i = text_end;
        } else {
            i += 1;
        }
    }
    page
}

/// The length of `<name` at the start of `s` when a tag of that name starts there.
fn tag_start(s: &str, name: &str) -> Option<usize> {
    let rest = s.strip_prefix('<')?.strip_prefix(name)?;
    matches!(rest.bytes().next(), Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')).then_some(1 + name.len())
}

/// HTML §4.12.1: a script whose type is empty or a JavaScript MIME type is a classic script.
fn is_javascript_type(t: &str) -> bool {
    matches!(t, "" | "text/javascript" | "application/javascript" | "application/x-javascript" | "text/ecmascript")
}

/// The value of attribute `name` in a start tag's attribute text (quoted or not).
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(off) = lower[from..].find(name) {
        let at = from + off;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value_start = attrs.len() - rest.len() + 1;
        let value = attrs[value_start..].trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or("").to_string(),
            _ => value.split(|c: char| c.is_ascii_whitespace() || c == '>').next().unwrap_or("").to_string(),
        });
    }
    None
}

/// Whether a page's scripts use the DOM, which the runner does not have (`document`).
pub fn uses_document(sources: &[&str]) -> bool {
    sources.iter().any(|s| {
        s.match_indices("document").any(|(i, _)| {
            let before = s[..i].chars().next_back();
            let after = s[i + "document".len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
        })
    })
}

/// The page WPT's server makes for `X.worker.js` (tools/serve/serve.py
/// `WorkersHandler`): the tests of the worker, brought into this page's harness.
pub fn worker_page_script(worker_url: &str) -> String {
    format!("fetch_tests_from_worker(new Worker({}));\n", serde_json::Value::from(worker_url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_scripts_in_order_and_skips_comments() {
        let page = parse(
            "<!--\npostMessage('FAIL');\n/*\n-->\n<!doctype html>\n<TITLE> A\n title </TITLE>\n\
             <script src=\"/resources/testharness.js\"></script>\n<script src=/resources/testharnessreport.js>\
             </script>\n<div id=log></div>\n<script>\nvar t = async_test();\n</SCRIPT>\n\
             <script type=\"text/plain\">not js</script><script type=module>import 'x';</script>\n<!--\n*/\n//-->\n",
        );
        assert_eq!(page.title.as_deref(), Some("A title"));
        assert_eq!(
            page.scripts,
            [
                PageScript::Src("/resources/testharness.js".into()),
                PageScript::Src("/resources/testharnessreport.js".into()),
                PageScript::Inline("\nvar t = async_test();\n".into(), 11),
            ]
        );
        assert!(page.has_module_script);
    }

    #[test]
    fn document_is_a_word() {
        assert!(uses_document(&["x = document.title;"]));
        assert!(!uses_document(&["// the owning documents", "mydocument = 1"]));
    }
}
