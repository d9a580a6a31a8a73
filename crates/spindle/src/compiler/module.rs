//! Module code (ECMA-262 §16.2.1): ParseModule's import and export entries, and the two
//! pieces of code a Source Text Module Record runs — InitializeEnvironment's `var` and
//! function instantiation, and the module body (an async body when it awaits at top level).
//!
//! Every top-level binding of a module lives in the module environment (so importers can be
//! linked to it before the module runs); imports are indirect cells of that environment.

use super::*;
use crate::module::{CompiledModule, ImportEntry, ImportName, IndirectExport, LocalExport, ModuleRequest};
use oxc_ast_visit::{Visit, walk};
use oxc_syntax::scope::ScopeFlags;

/// The local name of `export default` expressions and anonymous default declarations
/// (ECMA-262 §16.2.3.1 BoundNames: "*default*").
pub(super) const DEFAULT_BINDING: &str = "*default*";

fn export_name(n: &ModuleExportName<'_>) -> String {
    match n {
        ModuleExportName::IdentifierName(i) => i.name.to_string(),
        ModuleExportName::IdentifierReference(i) => i.name.to_string(),
        ModuleExportName::StringLiteral(s) => s.value.to_string(),
    }
}

/// WithClauseToAttributes (ECMA-262 §16.2.2.4), sorted by key.
fn attributes(w: Option<&WithClause<'_>>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = w
        .map(|w| {
            w.with_entries
                .iter()
                .map(|a| {
                    let key = match &a.key {
                        ImportAttributeKey::Identifier(i) => i.name.to_string(),
                        ImportAttributeKey::StringLiteral(s) => s.value.to_string(),
                    };
                    (key, a.value.value.to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Whether the module body awaits outside any function (ECMA-262 §16.2.1.7.1 ParseModule
/// step: [[HasTLA]] is Contains(body, AwaitExpression) or a `for await`).
fn has_top_level_await(p: &Program<'_>) -> bool {
    struct Finder(bool);
    impl<'a> Visit<'a> for Finder {
        fn visit_await_expression(&mut self, _: &AwaitExpression<'a>) {
            self.0 = true;
        }
        fn visit_for_of_statement(&mut self, it: &ForOfStatement<'a>) {
            if it.r#await {
                self.0 = true;
            }
            walk::walk_for_of_statement(self, it);
        }
        fn visit_variable_declaration(&mut self, it: &VariableDeclaration<'a>) {
            if it.kind == VariableDeclarationKind::AwaitUsing {
                self.0 = true;
            }
            walk::walk_variable_declaration(self, it);
        }
        fn visit_function(&mut self, _: &Function<'a>, _: ScopeFlags) {}
        fn visit_arrow_function_expression(&mut self, _: &ArrowFunctionExpression<'a>) {}
    }
    let mut f = Finder(false);
    f.visit_program(p);
    f.0
}

/// The module record fields ParseModule computes from the module items.
#[derive(Default)]
struct Entries {
    requests: Vec<ModuleRequest>,
    /// (request, import name or None for a namespace import, local name)
    imports: Vec<(usize, Option<String>, String)>,
    /// (export name, local name): `export { a as b }`, `export let a`, `export default`.
    exports_local: Vec<(String, String)>,
    indirect: Vec<IndirectExport>,
    stars: Vec<usize>,
}

impl Entries {
    fn request(&mut self, source: &StringLiteral<'_>, with: Option<&WithClause<'_>>) -> usize {
        let r = ModuleRequest { specifier: source.value.to_string(), attributes: attributes(with) };
        match self.requests.iter().position(|x| *x == r) {
            Some(i) => i,
            None => {
                self.requests.push(r);
                self.requests.len() - 1
            }
        }
    }

    /// ImportEntries, ExportEntries and ModuleRequests of the module items, in source order.
    fn collect(body: &[Statement<'_>]) -> Entries {
        let mut e = Entries::default();
        for s in body {
            match s {
                Statement::ImportDeclaration(d) => {
                    let r = e.request(&d.source, d.with_clause.as_deref());
                    for spec in d.specifiers.iter().flatten() {
                        match spec {
                            ImportDeclarationSpecifier::ImportSpecifier(x) => {
                                e.imports.push((r, Some(export_name(&x.imported)), x.local.name.to_string()))
                            }
                            ImportDeclarationSpecifier::ImportDefaultSpecifier(x) => {
                                e.imports.push((r, Some("default".into()), x.local.name.to_string()))
                            }
                            ImportDeclarationSpecifier::ImportNamespaceSpecifier(x) => {
                                e.imports.push((r, None, x.local.name.to_string()))
                            }
                        }
                    }
                }
                Statement::ExportFromDeclaration(d) => {
                    let r = e.request(&d.source, d.with_clause.as_deref());
                    for x in &d.specifiers {
                        e.indirect.push(IndirectExport {
                            export_name: export_name(&x.exported),
                            request: r,
                            import_name: ImportName::Name(export_name(&x.local)),
                        });
                    }
                }
                Statement::ExportDeclaration(d) => {
                    let mut names = Vec::new();
                    declaration_names(&d.declaration, &mut names);
                    e.exports_local.extend(names.into_iter().map(|n| (n.clone(), n)));
                }
                Statement::ExportNamedDeclaration(d) => {
                    for x in &d.specifiers {
                        e.exports_local.push((export_name(&x.exported), export_name(&x.local)));
                    }
                }
                Statement::ExportDefaultDeclaration(d) => {
                    let local = match &d.declaration {
                        ExportDefaultDeclarationKind::FunctionDeclaration(f) => {
                            f.id.as_ref().map(|i| i.name.to_string())
                        }
                        ExportDefaultDeclarationKind::ClassDeclaration(c) => c.id.as_ref().map(|i| i.name.to_string()),
                        _ => None,
                    };
                    e.exports_local.push(("default".into(), local.unwrap_or_else(|| DEFAULT_BINDING.into())));
                }
                Statement::ExportAllDeclaration(d) => {
                    let r = e.request(&d.source, d.with_clause.as_deref());
                    match &d.exported {
                        Some(n) => e.indirect.push(IndirectExport {
                            export_name: export_name(n),
                            request: r,
                            import_name: ImportName::Namespace,
                        }),
                        None => e.stars.push(r),
                    }
                }
                _ => {}
            }
        }
        e
    }
}

fn declaration_names(d: &Declaration<'_>, out: &mut Vec<String>) {
    match d {
        Declaration::VariableDeclaration(v) => {
            for decl in &v.declarations {
                super::function::bound_names(&decl.id, &mut |n| out.push(n.to_string()));
            }
        }
        Declaration::FunctionDeclaration(f) => out.extend(f.id.as_ref().map(|i| i.name.to_string())),
        Declaration::ClassDeclaration(c) => out.extend(c.id.as_ref().map(|i| i.name.to_string())),
        _ => {}
    }
}

impl<'a> Compiler<'a, '_> {
    /// ParseModule (ECMA-262 §16.2.1.7.1) steps 4-12 and the code of the record.
    pub(super) fn module(&mut self, p: &'a Program<'a>) -> CompiledModule {
        let entries = Entries::collect(&p.body);
        let has_tla = has_top_level_await(p);

        // The module environment: every top-level declaration gets a slot, imports a cell.
        let mut slots: Vec<(String, BKind)> = Vec::new();
        let mut cells: Vec<String> = Vec::new();
        for (name, kind, _) in self.scope_decls(p.scope_id.get()) {
            if kind == BKind::Import {
                continue;
            }
            slots.push((name.into_owned(), kind));
        }
        if entries.exports_local.iter().any(|(_, l)| l == DEFAULT_BINDING) {
            slots.push((DEFAULT_BINDING.into(), BKind::Let));
        }
        let mut namespace_imports = Vec::new();
        let mut import_entries = Vec::new();
        for (request, import_name, local) in &entries.imports {
            match import_name {
                None => {
                    namespace_imports.push((*request, slots.len() as u16));
                    slots.push((local.clone(), BKind::Const));
                }
                Some(name) => {
                    import_entries.push(ImportEntry {
                        request: *request,
                        import_name: name.clone(),
                        local_name: local.clone(),
                    });
                    cells.push(local.clone());
                }
            }
        }
        let env_names = Rc::new(ScopeNames {
            names: slots.iter().map(|(n, k)| (n.clone(), k.is_lexical(), matches!(k, BKind::Const))).collect(),
        });

        // ParseModule step 10: classify the export entries.
        let slot_of = |name: &str| slots.iter().position(|(n, _)| n == name).map(|i| i as u16);
        let mut local_exports = Vec::new();
        let mut indirect_exports = Vec::new();
        for (export, local) in &entries.exports_local {
            if let Some((request, _)) = namespace_imports.iter().find(|(_, slot)| slots[*slot as usize].0 == *local) {
                // A re-export of an imported namespace object: an indirect export of the
                // whole module, so that it resolves to the same binding as
                // `export * as ns from` (ECMA-262 §16.2.1.7.1 step 10.a.ii.2).
                indirect_exports.push(IndirectExport {
                    export_name: export.clone(),
                    request: *request,
                    import_name: ImportName::Namespace,
                });
            } else if let Some(ie) = import_entries.iter().find(|ie| &ie.local_name == local) {
                indirect_exports.push(IndirectExport {
                    export_name: export.clone(),
                    request: ie.request,
                    import_name: ImportName::Name(ie.import_name.clone()),
                });
            } else if let Some(slot) = slot_of(local) {
                local_exports.push(LocalExport { export_name: export.clone(), slot });
            } else {
                // `export { x }` of an undeclared x: an early error oxc reports; keep the
                // record consistent if it did not.
                self.error(format!("Export '{local}' is not defined in module"), p.span);
            }
        }
        indirect_exports.extend(entries.indirect);

        // InitializeEnvironment steps 21-24 as code: `var`s undefined, functions instantiated.
        let init = {
            let fs = self.new_fn_state(0, FunctionKind::Module, true, String::new(), p.span);
            self.fs.push(fs);
            self.push_module_scope(&slots, &cells);
            for (i, (_, kind)) in slots.iter().enumerate() {
                if *kind == BKind::Var {
                    let r = self.alloc();
                    self.emit(Op::LoadUndef { dst: r });
                    self.emit(Op::SetEnv { env: CLOSURE_ENV, hops: 0, slot: i as u16, src: r });
                }
            }
            self.hoist_module_functions(&p.body);
            self.finish_fn()
        };

        let body = {
            let mut fs = self.new_fn_state(0, FunctionKind::Module, true, String::new(), p.span);
            fs.is_async = has_tla;
            self.fs.push(fs);
            if has_tla {
                // The frame owner of the async body, put there by the call (as for async
                // functions).
                let owner = self.alloc();
                self.f().gen_reg = Some(owner);
            }
            self.push_module_scope(&slots, &cells);
            self.statements(&p.body);
            self.finish_fn()
        };

        CompiledModule {
            init,
            body,
            env_names,
            import_cells: cells,
            requested_modules: entries.requests,
            import_entries,
            namespace_imports,
            local_exports,
            indirect_exports,
            star_exports: entries.stars,
            has_tla,
        }
    }

    /// The module scope: slots of the module environment (the function's closure
    /// environment) and import cells.
    fn push_module_scope(&mut self, slots: &[(String, BKind)], cells: &[String]) {
        let mut bindings = Bindings::default();
        for (i, (name, kind)) in slots.iter().enumerate() {
            let initialized = !kind.is_lexical();
            bindings.push(Binding {
                name: Name::Owned(name.clone()),
                loc: Loc::Env(i as u16),
                kind: *kind,
                initialized,
                param_tdz: false,
            });
        }
        for (i, name) in cells.iter().enumerate() {
            bindings.push(Binding {
                name: Name::Owned(name.clone()),
                loc: Loc::Import(i as u16),
                kind: BKind::Import,
                initialized: true,
                param_tdz: false,
            });
        }
        self.f().scopes.push(CScope { kind: ScopeKind::Module, bindings, env_reg: None, dynamic: false });
    }

    /// The function declarations of the module (exported or not, `export default function`
    /// too), instantiated into their slots.
    fn hoist_module_functions(&mut self, body: &'a [Statement<'a>]) {
        for s in body {
            let (f, name) = match s {
                Statement::FunctionDeclaration(f) => (&**f, None),
                Statement::ExportDeclaration(d) => match &d.declaration {
                    Declaration::FunctionDeclaration(f) => (&**f, None),
                    _ => continue,
                },
                Statement::ExportDefaultDeclaration(d) => match &d.declaration {
                    ExportDefaultDeclarationKind::FunctionDeclaration(f) => (&**f, Some("default")),
                    _ => continue,
                },
                _ => continue,
            };
            let r = self.alloc();
            match &f.id {
                Some(id) => {
                    self.function_expression(f, r, Some(id.name.as_str()));
                    self.store_name(&id.name, r, true);
                }
                None => {
                    self.function_expression(f, r, name);
                    self.store_name(DEFAULT_BINDING, r, true);
                }
            }
        }
    }

    /// The module items that are not plain statements (ECMA-262 §16.2.2.7, §16.2.3.7).
    pub(super) fn module_item(&mut self, s: &'a Statement<'a>) {
        match s {
            Statement::ExportDeclaration(d) => match &d.declaration {
                Declaration::VariableDeclaration(v) => self.variable_declaration(v),
                Declaration::ClassDeclaration(c) => self.class_declaration(c, None),
                _ => {}
            },
            Statement::ExportDefaultDeclaration(d) => match &d.declaration {
                ExportDefaultDeclarationKind::FunctionDeclaration(_) => {}
                ExportDefaultDeclarationKind::ClassDeclaration(c) => self.class_declaration(c, Some("default")),
                ExportDefaultDeclarationKind::TSInterfaceDeclaration(_) => {}
                e => {
                    let e = e.to_expression();
                    let r = self.alloc();
                    self.expr_named(e, r, Some("default"));
                    self.store_name(DEFAULT_BINDING, r, true);
                    self.mark_initialized(DEFAULT_BINDING);
                }
            },
            _ => {}
        }
    }
}

/// Compiles module code (ParseModule, ECMA-262 §16.2.1.7.1). `id` is the record the module
/// will be, so that `import()` inside it knows its referrer.
pub fn compile_module(heap: &mut Heap, source: &str, file: &str, id: u32) -> Result<CompiledModule, CompileError> {
    with_nesting_stack(source, file, || {
        with_arena(source.len(), |allocator| {
            with_parsed(allocator, source, file, false, Mode::Module, &[], |program, scoping| {
                let src_text = program.source_text;
                let mut c = Compiler::new(heap, program, scoping, file, Mode::Module, Some(id));
                let m = c.module(program);
                if let Some((msg, span)) = c.errors.first().cloned() {
                    return Err(CompileError::at(&c.positions, src_text, file, span.start, msg));
                }
                c.heap.charge(m.init.tree_bytes() + m.body.tree_bytes());
                Ok(m)
            })
        })
    })
}

/// Whether `source` is module code that is not a valid script: it fails to parse as a
/// script and parses as a module with `import`/`export`, `import.meta` or top-level await
/// (Node's syntax detection for `.js` files outside a `"type"` package:
/// lib/internal/modules/esm/get_format.js detectModuleFormat, src/node_contextify.cc
/// ShouldRetryAsESM).
pub fn contains_module_syntax(source: &str) -> bool {
    let nesting = nesting::measure(source);
    if nesting.too_deep() {
        return false;
    }
    let stack = nesting.stack_bytes();
    stacker::maybe_grow(stack, stack, || {
        with_arena(source.len(), |allocator| {
            let ret = oxc_parser::Parser::new(allocator, source, SourceType::mjs()).parse();
            if !ret.diagnostics.is_empty() || ret.panicked {
                return false;
            }
            if ret.module_record.has_module_syntax || !ret.module_record.import_metas.is_empty() {
                return true;
            }
            // Top-level await only counts where the source is not a valid script (`await (x)`
            // is a call in sloppy code).
            has_top_level_await(&ret.program) && {
                let script = oxc_parser::Parser::new(allocator, source, SourceType::cjs()).parse();
                script.panicked || !script.diagnostics.is_empty()
            }
        })
    })
}
