//! Command-line handling shared by the runners.
//!
//! Both runners read `[OPTIONS] [PATH...]` the same way: anything that does not start
//! with `-` (and a lone `-`) is a path, `--` makes every later argument a path, an
//! option's value is either the next argument or written inline (`--name=value`, and
//! `-jN` for `-j N`). [`parse`] does that lexing and handles the options every runner
//! has ([`CommonArgs`]); a runner's own options go to the handler it passes.

use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;

/// The options every runner accepts, with their defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommonArgs {
    /// The paths (`PATH...`) in command-line order; empty when none were given.
    pub paths: Vec<String>,
    /// `-j`, `--jobs N`: tests run at once (default: the available cores; at least 1).
    pub jobs: usize,
    /// `--filter SUBSTR`: only tests whose id contains it.
    pub filter: Option<String>,
    /// `--json FILE`: write every result as JSON.
    pub json: Option<PathBuf>,
    /// `--table-out FILE`: also write the markdown table to a file.
    pub table_out: Option<PathBuf>,
    /// `--baseline FILE`: the baseline file instead of the runner's default.
    pub baseline: Option<PathBuf>,
    /// `--check-baseline`: exit 1 on regressions.
    pub check_baseline: bool,
    /// `--update-baseline`: rewrite the baseline for the selected paths.
    pub update_baseline: bool,
    /// `-v`, `--verbose`.
    pub verbose: bool,
    /// `-h`, `--help`.
    pub help: bool,
}

impl Default for CommonArgs {
    fn default() -> Self {
        CommonArgs {
            paths: Vec::new(),
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            filter: None,
            json: None,
            table_out: None,
            baseline: None,
            check_baseline: false,
            update_baseline: false,
            verbose: false,
            help: false,
        }
    }
}

impl CommonArgs {
    /// Applies `opt` if it is one of the common options; `Ok(false)` if it is not.
    pub fn apply(&mut self, opt: &mut Opt<'_, '_>) -> Result<bool, String> {
        match opt.name() {
            "-h" | "--help" => self.help = true,
            "-v" | "--verbose" => self.verbose = true,
            "-j" | "--jobs" => {
                self.jobs = opt.number()?;
                if self.jobs == 0 {
                    return Err("-j: must be at least 1".into());
                }
            }
            "--filter" => self.filter = Some(opt.value()?),
            "--json" => self.json = Some(opt.path()?),
            "--table-out" => self.table_out = Some(opt.path()?),
            "--baseline" => self.baseline = Some(opt.path()?),
            "--check-baseline" => self.check_baseline = true,
            "--update-baseline" => self.update_baseline = true,
            _ => return Ok(false),
        }
        Ok(true)
    }
}

/// One option of the command line, as a handler sees it: its name and, on demand, its
/// value (the inline `=value`, else the next argument).
#[derive(Debug)]
pub struct Opt<'a, 'r> {
    name: &'a str,
    inline: Option<String>,
    rest: &'r mut std::slice::Iter<'a, String>,
}

impl Opt<'_, '_> {
    /// The option's name (`--jobs`, `-j`; without an inline `=value`).
    pub fn name(&self) -> &str {
        self.name
    }

    /// Whether the option was written with an inline value (`--name=value`, `-jN`).
    pub fn has_inline_value(&self) -> bool {
        self.inline.is_some()
    }

    /// The option's value: the inline one, else the next argument (which it consumes).
    /// Errors with `NAME needs a value` at the end of the command line.
    pub fn value(&mut self) -> Result<String, String> {
        match &self.inline {
            Some(v) => Ok(v.clone()),
            None => self.rest.next().cloned().ok_or_else(|| format!("{} needs a value", self.name)),
        }
    }

    /// The value parsed as a number (see [`parse_num`]).
    pub fn number<T: FromStr>(&mut self) -> Result<T, String> {
        let v = self.value()?;
        parse_num(self.name, &v)
    }

    /// The value as a path.
    pub fn path(&mut self) -> Result<PathBuf, String> {
        self.value().map(PathBuf::from)
    }
}

/// Parses `v`, the value of option `opt`, as a number; errors with
/// ``OPT: invalid number `V` ``.
pub fn parse_num<T: FromStr>(opt: &str, v: &str) -> Result<T, String> {
    v.parse().map_err(|_| format!("{opt}: invalid number `{v}`"))
}

/// Parses a command line (without the program name).
///
/// Each option goes to [`CommonArgs::apply`] first, then to `own`, the runner's handler,
/// which returns `Ok(false)` for an option it does not know (an ``unknown option `ARG`
/// (see --help)`` error). Options named in `no_value` are flags that reject an inline
/// value (`NAME takes no value`); `--` may be among them. Returns the common options,
/// with the paths.
pub fn parse(
    args: &[String],
    no_value: &[&str],
    mut own: impl FnMut(&mut Opt<'_, '_>) -> Result<bool, String>,
) -> Result<CommonArgs, String> {
    let mut common = CommonArgs::default();
    let mut it = args.iter();
    let mut only_paths = false;
    while let Some(arg) = it.next() {
        if only_paths || !arg.starts_with('-') || arg == "-" {
            common.paths.push(arg.clone());
            continue;
        }
        let (name, inline): (&str, Option<String>) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ if arg.starts_with("-j") && arg.len() > 2 => ("-j", Some(arg[2..].to_string())),
            _ => (arg.as_str(), None),
        };
        let mut opt = Opt { name, inline, rest: &mut it };
        let known = if name == "--" {
            only_paths = true;
            true
        } else {
            common.apply(&mut opt)? || own(&mut opt)?
        };
        if !known {
            return Err(format!("unknown option `{arg}` (see --help)"));
        }
        if opt.has_inline_value() && no_value.contains(&name) {
            return Err(format!("{name} takes no value"));
        }
    }
    Ok(common)
}

/// A runner's `main`: parses the command line with `parse` (an error is printed as
/// `PROGRAM: error` and exits 2), prints `help` for `-h`/`--help`, else calls `run`,
/// whose error is printed the same way and exits 2.
pub fn main<O: AsRef<CommonArgs>>(
    program: &str,
    help: &str,
    parse: impl FnOnce(&[String]) -> Result<O, String>,
    run: impl FnOnce(&O) -> Result<ExitCode, String>,
) -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{program}: {e}");
            return ExitCode::from(2);
        }
    };
    if opts.as_ref().help {
        print!("{help}");
        return ExitCode::SUCCESS;
    }
    match run(&opts) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{program}: {e}");
            ExitCode::from(2)
        }
    }
}

/// The default paths (`defaults`) when the command line named none, else the given ones.
pub fn paths_or(paths: &[String], defaults: &[&str]) -> Vec<String> {
    if paths.is_empty() { defaults.iter().map(|s| s.to_string()).collect() } else { paths.to_vec() }
}

/// A command line given as one string, split on white space (no quoting): a helper for
/// tests of argument parsing.
pub fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(String::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A runner with `--x N` and the flag `--y`.
    fn run(s: &str, no_value: &[&str]) -> Result<(CommonArgs, Option<u32>, bool), String> {
        let (mut x, mut y) = (None, false);
        let c = parse(&words(s), no_value, |o| {
            match o.name() {
                "--x" => x = Some(o.number()?),
                "--y" => y = true,
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        Ok((c, x, y))
    }

    #[test]
    fn lexes_paths_values_and_flags() {
        let (c, x, y) =
            run("a -j3 --x=5 --filter f b --json o.json -v --y - --check-baseline -- --odd", &[]).expect("parses");
        assert_eq!(c.paths, ["a", "b", "-", "--odd"]);
        assert_eq!((c.jobs, x, y), (3, Some(5), true));
        assert_eq!(c.filter.as_deref(), Some("f"));
        assert_eq!(c.json, Some(PathBuf::from("o.json")));
        assert!(c.verbose && c.check_baseline && !c.update_baseline && !c.help);
        assert_eq!(run("-j 4 --x 1", &[]).expect("parses").0.jobs, 4);
    }

    #[test]
    fn errors() {
        let err = |s: &str, nv: &[&str]| run(s, nv).expect_err(s);
        assert_eq!(err("--bogus", &[]), "unknown option `--bogus` (see --help)");
        assert_eq!(err("-j 0", &[]), "-j: must be at least 1");
        assert_eq!(err("--x", &[]), "--x needs a value");
        assert_eq!(err("--x nope", &[]), "--x: invalid number `nope`");
        assert_eq!(err("--y=1", &["--y"]), "--y takes no value");
        assert_eq!(err("--=1", &["--"]), "-- takes no value");
        // A flag not listed in `no_value` ignores an inline value.
        assert!(run("--y=1", &[]).expect("parses").2);
    }

    #[test]
    fn default_paths() {
        assert_eq!(paths_or(&[], &["a", "b"]), ["a", "b"]);
        assert_eq!(paths_or(&["c".to_string()], &["a"]), ["c"]);
    }
}
