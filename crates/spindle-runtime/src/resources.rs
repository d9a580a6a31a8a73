//! Scripts at URLs: what a web worker's script, `importScripts` and a module worker's
//! imports load. `file:` URLs are the file system's; `http:` and `https:` URLs are the
//! embedder's network (a [`ResourceLoader`] in `RunOptions::resources`, which every worker
//! inherits). The `spindle` command installs none, so those fail to load with a clear
//! error; the WPT runner serves the test suite's files through one, as WPT's server does.

use std::sync::Arc;

use spindle::vm::Vm;

use crate::host::with_runtime;

/// A body loaded from a URL.
pub struct Resource {
    /// The URL the body came from, after any redirects (a script's own URL).
    pub url: String,
    pub body: Vec<u8>,
}

/// The embedder's network: the body at an `http:` or `https:` URL. Called on the thread of
/// the agent that loads it (the main thread or a worker's), so it must be `Send + Sync`.
pub trait ResourceLoader: Send + Sync {
    /// The body at `url`, or why it cannot be loaded (the message of the load's error).
    fn load(&self, url: &str) -> Result<Resource, String>;
}

/// A shared [`ResourceLoader`] (the runtime's options hold it; workers get a clone).
#[derive(Clone)]
pub struct Resources(pub Arc<dyn ResourceLoader>);

impl std::fmt::Debug for Resources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Resources(..)")
    }
}

/// A script fetched for a worker or `importScripts`: its URL (after redirects) and text.
pub struct Script {
    pub url: String,
    pub source: String,
}

/// Fetches the classic script or module at `url` (an absolute URL): a file for `file:`,
/// the embedder's loader for `http:` and `https:`. The error is the message of the
/// NetworkError the caller reports.
///
/// HTML §8.1.4.2 "fetch a classic worker script" / "fetch a single module script", with
/// the embedder's network standing in for Fetch.
pub fn fetch_script(vm: &mut Vm, url: &str) -> Result<Script, String> {
    let loader = with_runtime(vm, |_, h| h.resources.clone());
    fetch_with(loader.as_ref(), url)
}

/// [`fetch_script`] with the agent's loader given (for the module loader, which holds its
/// own clone while the runtime's state is borrowed).
pub fn fetch_with(loader: Option<&Resources>, url: &str) -> Result<Script, String> {
    let parsed = url::Url::parse(url).map_err(|_| format!("Invalid URL: {url}"))?;
    let bytes = match parsed.scheme() {
        "file" => {
            let path = parsed.to_file_path().map_err(|()| format!("Invalid file URL: {url}"))?;
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            return Ok(Script { url: url.to_string(), source: String::from_utf8_lossy(&bytes).into_owned() });
        }
        // HTML §8.1.4.2: a classic script from a data: or blob: URL must have a JavaScript
        // MIME type (as a server's response must; the embedder's loader vouches for its own).
        "data" => {
            let (mime, bytes) = data_url(url).ok_or_else(|| format!("{url}: not a valid data: URL"))?;
            check_javascript_mime(url, &mime)?;
            Resource { url: url.to_string(), body: bytes }
        }
        "blob" => {
            let (bytes, mime) = crate::web::blob_url::stored_blob(url).ok_or_else(|| format!("{url}: no such blob"))?;
            check_javascript_mime(url, &mime)?;
            Resource { url: url.to_string(), body: bytes.to_vec() }
        }
        "http" | "https" => {
            let Some(loader) = loader else {
                return Err(format!("{url}: this runtime has no network loader"));
            };
            loader.0.load(url)?
        }
        scheme => return Err(format!("{url}: the {scheme}: scheme is not supported here")),
    };
    Ok(Script { url: bytes.url, source: String::from_utf8_lossy(&bytes.body).into_owned() })
}

/// Fetch §4.1 "data: URL processor": the MIME type (as written, before the comma) and the
/// body, percent-decoded and, with `;base64`, base64-decoded (forgiving-base64).
fn data_url(url: &str) -> Option<(String, Vec<u8>)> {
    let rest = url.get(5..).filter(|_| url[..5].eq_ignore_ascii_case("data:"))?;
    let rest = rest.split('#').next().unwrap_or(rest);
    let (mime, body) = rest.split_once(',')?;
    let bytes = percent_decode(body.as_bytes());
    let trimmed = mime.trim_end_matches([' ', '\t']);
    let (mime, base64) = match trimmed.len().checked_sub(7).and_then(|i| trimmed.get(i..).map(|t| (i, t))) {
        Some((i, tail)) if tail.eq_ignore_ascii_case(";base64") => (trimmed[..i].to_string(), true),
        _ => (mime.to_string(), false),
    };
    let mime = if mime.trim().is_empty() { "text/plain;charset=US-ASCII".to_string() } else { mime };
    if !base64 {
        return Some((mime, bytes));
    }
    let text: String = String::from_utf8_lossy(&bytes).chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let decoded = crate::web::base64::forgiving_decode(&text)?;
    Some((mime, decoded))
}

/// URL §1.3 percent-decode.
pub fn percent_decode(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if input[i] == b'%'
            && let (Some(h), Some(l)) = (input.get(i + 1).and_then(|&b| hex(b)), input.get(i + 2).and_then(|&b| hex(b)))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(input[i]);
            i += 1;
        }
    }
    out
}

/// HTML §2.1 "JavaScript MIME type essence match": the MIME type's essence (before any
/// parameter, without whitespace, case-insensitive) names JavaScript.
fn check_javascript_mime(url: &str, mime: &str) -> Result<(), String> {
    const ESSENCES: &[&str] = &[
        "application/ecmascript",
        "application/javascript",
        "application/x-ecmascript",
        "application/x-javascript",
        "text/ecmascript",
        "text/javascript",
        "text/javascript1.0",
        "text/javascript1.1",
        "text/javascript1.2",
        "text/javascript1.3",
        "text/javascript1.4",
        "text/javascript1.5",
        "text/jscript",
        "text/livescript",
        "text/x-ecmascript",
        "text/x-javascript",
    ];
    let essence = mime.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if ESSENCES.contains(&essence.as_str()) {
        Ok(())
    } else {
        Err(format!("{url}: '{mime}' is not a JavaScript MIME type"))
    }
}

/// HTML §8.1.5.3 "resolve a module specifier" (without import maps) for a module that
/// came from a URL the network serves, or for an absolute URL of one: `Some(Ok(url))` to
/// load through the network, `Some(Err(message))` for the TypeError of a specifier that
/// does not resolve, None to leave the import to Node's resolution (file: modules).
pub fn resolve_module_specifier(specifier: &str, referrer: &str) -> Option<Result<String, String>> {
    let is_web = |u: &url::Url| matches!(u.scheme(), "http" | "https" | "data" | "blob");
    if let Ok(absolute) = url::Url::parse(specifier) {
        return is_web(&absolute).then(|| Ok(absolute.to_string()));
    }
    let base = url::Url::parse(referrer).ok().filter(is_web)?;
    let relative = specifier.starts_with('/') || specifier.starts_with("./") || specifier.starts_with("../");
    if !relative {
        return Some(Err(format!(
            "Failed to resolve module specifier \"{specifier}\". Relative references must start with either \"/\", \"./\", or \"../\"."
        )));
    }
    Some(
        base.join(specifier)
            .map(|u| u.to_string())
            .map_err(|_| format!("Failed to resolve module specifier \"{specifier}\" against {referrer}")),
    )
}
