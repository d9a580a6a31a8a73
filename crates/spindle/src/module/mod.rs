//! ECMAScript modules (ECMA-262 §16.2): module records, loading through the host, linking,
//! evaluation (with top-level await), namespace objects and dynamic `import()`.
//!
//! The engine holds every module record of the agent in `Vm::modules` (a module map lives
//! as long as its agent, as in every host) and never touches a file system: it asks the
//! host to resolve and load a specifier (`jobs::Host::load_imported_module`), and the host
//! answers with [`Vm::finish_loading_imported_module`], now or later.
//!
//! Bindings: a module's top-level bindings live in one heap environment created with the
//! record (`EnvKind::Module`), so an importer can be linked to them before the exporter
//! runs (cycles). An import binding is an indirect cell of that environment: the exporter's
//! (environment, slot), filled by InitializeEnvironment, read by `Op::GetImport`. Live
//! bindings come free: the importer reads the exporter's slot every time.

mod dynamic_import;
mod evaluation;
mod linking;
mod loading;
pub mod namespace;
mod record;

pub(crate) use loading::GraphLoadingState;
pub use loading::{LoadRequest, Referrer};
pub use record::{ModuleId, ModuleRecord, ModuleStatus};

use crate::bytecode::Code;
use crate::heap::ScopeNames;
use std::rc::Rc;

/// A ModuleRequest Record (ECMA-262 §16.2.1.3.1): a specifier and its import attributes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ModuleRequest {
    pub specifier: String,
    /// (key, value) pairs sorted by key, so that ModuleRequestsEqual is `==`.
    pub attributes: Vec<(String, String)>,
}

impl ModuleRequest {
    /// The value of the `type` attribute, if any.
    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// [[ImportName]] of an ImportEntry / ExportEntry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportName {
    Name(String),
    /// `import * as ns` / `export * as ns from`: the namespace object (~all~ for exports).
    Namespace,
}

/// An ImportEntry Record (ECMA-262 Table 59) whose binding is an indirect cell: the import
/// of a name (`import { a as b }`, `import b from`). Namespace imports are ordinary local
/// bindings initialised by InitializeEnvironment (`namespace_imports`).
#[derive(Clone, Debug)]
pub struct ImportEntry {
    /// Index into `requested_modules`.
    pub request: usize,
    pub import_name: String,
    pub local_name: String,
}

/// An ExportEntry Record (ECMA-262 Table 61) of a local export: the slot of the binding in
/// the module environment.
#[derive(Clone, Debug)]
pub struct LocalExport {
    pub export_name: String,
    pub slot: u16,
}

/// An indirect export (`export { a as b } from`, `export * as ns from`, or a re-exported
/// import).
#[derive(Clone, Debug)]
pub struct IndirectExport {
    pub export_name: String,
    pub request: usize,
    pub import_name: ImportName,
}

/// What ParseModule (ECMA-262 §16.2.1.7.1) extracts from a module's source, plus its code.
pub struct CompiledModule {
    /// InitializeEnvironment's part that runs code: `var`s set to undefined and function
    /// declarations instantiated, in the module environment.
    pub init: Rc<Code>,
    /// The module body ([[ECMAScriptCode]]); an async body when `has_tla`.
    pub body: Rc<Code>,
    /// The module environment's slots (names, lexical, const).
    pub env_names: Rc<ScopeNames>,
    /// The names of the import cells, in cell order.
    pub import_cells: Vec<String>,
    pub requested_modules: Vec<ModuleRequest>,
    /// Cell `i` of the environment is `import_entries[i]`.
    pub import_entries: Vec<ImportEntry>,
    /// (request, slot): `import * as ns` bindings.
    pub namespace_imports: Vec<(usize, u16)>,
    pub local_exports: Vec<LocalExport>,
    pub indirect_exports: Vec<IndirectExport>,
    /// `export * from`: requests.
    pub star_exports: Vec<usize>,
    pub has_tla: bool,
}
