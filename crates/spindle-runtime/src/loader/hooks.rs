//! An embedder's own module loading, consulted before Node's resolution: its specifiers
//! (`app:config`, `db:schema`, URLs it serves), their sources, and what `import.meta`
//! holds for them.

/// The embedder's part of the module loader. `resolve` sees every import first; what it
/// leaves (`None`) goes to Node's resolution over the runtime's file system.
pub trait ModuleHooks {
    /// The URL `specifier`, imported by the module at `referrer` (a URL), names: `None` to
    /// leave it to Node's resolution, `Some(Err(message))` to fail the import with
    /// `ERR_MODULE_NOT_FOUND` and that message.
    fn resolve(&self, specifier: &str, referrer: &str) -> Option<Result<String, String>>;

    /// The ES module source text at `url` (a URL this hook resolved), or why it cannot be
    /// loaded (`ERR_MODULE_NOT_FOUND` with that message). Called once per URL: the module
    /// map keeps the record.
    fn load(&self, url: &str) -> Result<String, String>;

    /// Properties to add to `import.meta` of the module at `url` (after `url` and
    /// `resolve`), for every module, hooked or not.
    fn import_meta(&self, url: &str) -> Vec<(String, serde_json::Value)> {
        let _ = url;
        Vec::new()
    }
}
