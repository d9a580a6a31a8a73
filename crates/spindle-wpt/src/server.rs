//! The runner's stand-in for WPT's server (tools/serve/serve.py and wptserve): the
//! runtime's network for a run, serving the files under the WPT root at the URLs the
//! tests use (`http://web-platform.test:8000/<path>`; the other hosts and ports of WPT's
//! configuration map to the same files, since a single process has no origins to tell
//! apart). Queries and fragments select nothing but the file; `.sub.` files get WPT's
//! substitutions (wptserve/pipes.py `sub`) for the hosts, ports and query parameters.

use std::path::PathBuf;

use spindle_runtime::resources::{Resource, ResourceLoader, percent_decode};

use crate::harness::ORIGIN;

/// The host of WPT's default configuration (config.json `browser_host`); its subdomains
/// (`www`, `www1`, `www2` and two IDNs) serve the same files.
const HOST: &str = "web-platform.test";

/// Serves the WPT root.
pub struct WptServer {
    pub root: PathBuf,
}

impl ResourceLoader for WptServer {
    fn load(&self, url: &str) -> Result<Resource, String> {
        let parsed = url::Url::parse(url).map_err(|e| format!("invalid URL {url}: {e}"))?;
        let host = parsed.host_str().unwrap_or("");
        // The subdomains (some are IDNs, which reach here in punycode) are all this host.
        if host != HOST && !host.ends_with(&format!(".{HOST}")) {
            return Err(format!("{url}: no such host on the test server"));
        }
        let rel =
            String::from_utf8_lossy(&percent_decode(parsed.path().trim_start_matches('/').as_bytes())).into_owned();
        if rel.split('/').any(|seg| seg == "..") || rel.is_empty() {
            return Err(format!("{url}: not found"));
        }
        // `X.any.worker.js`: the worker wrapper of a worker-only `X.any.js`.
        if let Some(stem) = rel.strip_suffix(".any.worker.js") {
            let test = format!("{stem}.any.js");
            if let Ok(source) = std::fs::read(self.root.join(&test)) {
                let meta = crate::meta::parse(&String::from_utf8_lossy(&source));
                return Ok(Resource {
                    url: url.to_string(),
                    body: crate::harness::any_worker_wrapper(&test, &meta).into_bytes(),
                });
            }
        }
        let path = self.root.join(&rel);
        let bytes = std::fs::read(&path).map_err(|_| format!("{url}: 404 Not Found"))?;
        let body = if is_substituted(&rel) {
            substitute(&String::from_utf8_lossy(&bytes), &parsed).into_bytes()
        } else {
            bytes
        };
        Ok(Resource { url: url.to_string(), body })
    }
}

/// Whether wptserve runs the `sub` pipe on the file (`X.sub.js`, `X.sub.html`…).
fn is_substituted(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name.split('.').skip(1).any(|part| part == "sub")
}

/// wptserve/pipes.py `sub`: `{{host}}`, `{{domains[sub]}}`, `{{hosts[][sub]}}`,
/// `{{ports[scheme][i]}}`, `{{location[part]}}` and `{{GET[name]}}`; anything else is
/// left as written.
fn substitute(text: &str, url: &url::Url) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find("}}") else {
            rest = &rest[start..];
            break;
        };
        let expr = rest[start + 2..start + len].trim();
        match value_of(expr, url) {
            Some(v) => out.push_str(&v),
            None => out.push_str(&rest[start..start + len + 2]),
        }
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

fn value_of(expr: &str, url: &url::Url) -> Option<String> {
    let index = |s: &str, prefix: &str| -> Option<String> {
        s.strip_prefix(prefix)?.strip_suffix(']').map(|x| x.trim_matches(['"', '\'']).to_string())
    };
    if expr == "host" {
        return Some(HOST.into());
    }
    if let Some(sub) = index(expr, "domains[").or_else(|| index(expr, "hosts[][")) {
        return Some(if sub.is_empty() { HOST.into() } else { format!("{sub}.{HOST}") });
    }
    if let Some(rest) = expr.strip_prefix("ports[") {
        let (scheme, i) = rest.split_once("][")?;
        let i: usize = i.strip_suffix(']')?.parse().ok()?;
        let ports: &[u16] = match scheme.trim_matches(['"', '\'']) {
            "http" => &[8000, 8001],
            "https" => &[8443, 8444],
            "ws" => &[8888],
            "wss" => &[8889],
            _ => return None,
        };
        return ports.get(i).map(u16::to_string);
    }
    if let Some(part) = index(expr, "location[") {
        return Some(match part.as_str() {
            "server" => ORIGIN.into(),
            "host" => format!("{}:{}", url.host_str()?, url.port_or_known_default()?),
            "hostname" => url.host_str()?.into(),
            "port" => url.port_or_known_default()?.to_string(),
            "scheme" => url.scheme().into(),
            "path" => url.path().into(),
            "pathname" => url.path().into(),
            "query" => url.query().map(|q| format!("?{q}")).unwrap_or_default(),
            "href" => url.as_str().into(),
            _ => return None,
        });
    }
    if let Some(name) = index(expr, "GET[") {
        return url.query_pairs().find(|(k, _)| *k == name).map(|(_, v)| v.into_owned()).or(Some(String::new()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_files_by_path() {
        let root = std::env::temp_dir().join(format!("spindle-wpt-server-{}", std::process::id()));
        std::fs::create_dir_all(root.join("a")).unwrap();
        std::fs::write(root.join("a/x.js"), "x").unwrap();
        std::fs::write(root.join("a/y.sub.js"), "{{host}}:{{ports[http][1]}} {{GET[q]}} {{unknown}}").unwrap();
        let server = WptServer { root: root.clone() };
        assert_eq!(server.load(&format!("{ORIGIN}/a/x.js?q#f")).unwrap().body, b"x");
        assert_eq!(server.load("http://www1.web-platform.test:8001/a/x.js").unwrap().body, b"x");
        let sub = server.load(&format!("{ORIGIN}/a/y.sub.js?q=1")).unwrap().body;
        assert_eq!(String::from_utf8(sub).unwrap(), "web-platform.test:8001 1 {{unknown}}");
        assert!(server.load(&format!("{ORIGIN}/a/missing.js")).is_err());
        assert!(server.load(&format!("{ORIGIN}/a/../../etc/passwd")).is_err());
        assert!(server.load("http://example.com/a/x.js").is_err());
        std::fs::remove_dir_all(root).unwrap();
    }
}
