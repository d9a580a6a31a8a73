//! `quickjs-runner FILE.js`: runs one script on QuickJS (rquickjs) for the benchmarks.
//! Provides `console.log`, `print` and `load(path)` (relative to the script's folder), then runs
//! the promise job queue to completion. Exit 1 on an uncaught exception.
//! `quickjs-runner --module FILE.mjs` runs an ES module graph instead (relative `.mjs`
//! imports, loaded by QuickJS's own module loader).

use rquickjs::convert::Coerced;
use rquickjs::function::Rest;
use rquickjs::{CatchResultExt, Context, Ctx, Function, Object, Runtime};
use std::path::PathBuf;

fn log(args: Rest<Coerced<String>>) {
    let line: Vec<&str> = args.0.iter().map(|s| s.0.as_str()).collect();
    println!("{}", line.join(" "));
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let module = args.first().is_some_and(|a| a == "--module");
    if module {
        args.remove(0);
    }
    let path = PathBuf::from(args.first().expect("usage: quickjs-runner [--module] FILE.js"));
    let dir = path.parent().map(PathBuf::from).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rt = Runtime::new().expect("runtime");
    rt.set_max_stack_size(256 * 1024 * 1024);
    if module {
        let resolver = rquickjs::loader::FileResolver::default().with_pattern("{}.mjs");
        let loader = rquickjs::loader::ScriptLoader::default().with_extension("mjs");
        rt.set_loader(resolver, loader);
    }
    let ctx = Context::full(&rt).expect("context");
    let mut imported = None;
    let ok = ctx.with(|ctx| {
        let setup = || -> rquickjs::Result<()> {
            let g = ctx.globals();
            let console = Object::new(ctx.clone())?;
            console.set("log", Function::new(ctx.clone(), log)?)?;
            g.set("console", console)?;
            g.set("print", Function::new(ctx.clone(), log)?)?;
            let load = move |ctx: Ctx<'_>, file: String| -> rquickjs::Result<()> {
                let text = std::fs::read_to_string(dir.join(&file)).map_err(rquickjs::Error::Io)?;
                ctx.eval::<(), _>(text)
            };
            g.set("load", Function::new(ctx.clone(), load)?)?;
            Ok(())
        };
        setup().expect("globals");
        if module {
            // QuickJS's file resolver resolves `./` names against the importer (the working
            // directory for the first one).
            let _ = std::env::set_current_dir(path.parent().unwrap_or(std::path::Path::new(".")));
            let name = format!("./{}", path.file_name().map(|f| f.to_string_lossy()).unwrap_or_default());
            return match rquickjs::Module::import(&ctx, name).catch(&ctx) {
                Ok(promise) => {
                    imported = Some(rquickjs::Persistent::save(&ctx, promise));
                    true
                }
                Err(e) => {
                    eprintln!("Uncaught {e}");
                    false
                }
            };
        }
        match ctx.eval::<(), _>(src).catch(&ctx) {
            Ok(()) => true,
            Err(e) => {
                eprintln!("Uncaught {e}");
                false
            }
        }
    });
    if !ok {
        std::process::exit(1);
    }
    loop {
        match rt.execute_pending_job() {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                eprintln!("Uncaught exception in job: {e}");
                std::process::exit(1);
            }
        }
    }
    if let Some(p) = imported {
        let ok = ctx.with(|ctx| {
            match p.restore(&ctx).and_then(|p: rquickjs::Promise| p.finish::<rquickjs::Value>()).catch(&ctx) {
                Ok(_) => true,
                Err(e) => {
                    eprintln!("Uncaught {e}");
                    false
                }
            }
        });
        if !ok {
            std::process::exit(1);
        }
    }
}
