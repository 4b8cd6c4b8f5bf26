//! The whole translation of one Go program: load → front end → emit → print, as the CLI and
//! the tests call it.

use std::path::Path;

use crate::diag::{Code, Diagnostic, Severity};
use crate::project::{self, Project};
use crate::{emit, print, sema};

/// Translation settings.
#[derive(Clone, Debug)]
pub struct Options {
    /// Produce a project even where constructs are unsupported (`todo!()` at each spot).
    pub keep_going: bool,
    /// Format the output with rustfmt when it is installed (else prettyplease's output).
    pub rustfmt: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { keep_going: false, rustfmt: true }
    }
}

/// A translated program plus the diagnostics that did not stop it (warnings, and with
/// `keep_going` the unsupported spots).
pub struct Translated {
    pub project: Project,
    pub diagnostics: Vec<Diagnostic>,
}

/// Translates the Go program at `input` (a `.go` file or a directory of `package main` files).
/// Fails with every error diagnostic when anything cannot be translated (unless
/// `keep_going`), so nothing half-translated is ever written.
pub fn translate(input: &Path, options: &Options) -> Result<Translated, Vec<Diagnostic>> {
    let (loaded, diags) = sema::load(input);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    translate_loaded(input, &loaded, diags, options)
}

/// [`translate`] of files already loaded (`diags`: the loader's warnings).
pub fn translate_loaded(input: &Path, loaded: &sema::Loaded, mut diags: Vec<Diagnostic>, options: &Options) -> Result<Translated, Vec<Diagnostic>> {
    // `GORT_TIMINGS=1` prints each stage's time to stderr (for the throughput benchmark).
    let timings = std::env::var_os("GORT_TIMINGS").is_some_and(|v| v == "1");
    let mut t0 = std::time::Instant::now();
    let mut lap = |stage: &str| {
        if timings {
            eprintln!("gort: {stage}: {:.3} s", t0.elapsed().as_secs_f64());
            t0 = std::time::Instant::now();
        }
    };
    let config = loaded.config();
    let (pkg, info, d) = sema::frontend(&loaded.files, &config);
    lap("front end");
    diags.extend(fold_goroot_diagnostics(d, &pkg));
    let fatal = diags.iter().any(|d| d.is_error() && !(options.keep_going && is_unsupported(d)));
    if fatal {
        return Err(diags);
    }
    let emit_config = emit::Config { keep_going: options.keep_going };
    // The emitter's own invariants are asserted; should one fail on some input, the user gets
    // a diagnostic (and nothing written), not a crash.
    let emitted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| emit::emit(&pkg, &info, &emit_config)));
    lap("emit");
    let (out, d) = match emitted {
        Ok(r) => r,
        Err(payload) => {
            let msg = payload.downcast_ref::<String>().cloned().or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
            let path = loaded.files.first().map(|(p, _)| p.clone()).unwrap_or_default();
            diags.push(Diagnostic::error(&path, Default::default(), Code::InternalError, format!("internal error in the emitter: {msg}")));
            return Err(diags);
        }
    };
    // With `keep_going`, a spot the front end already refused (G0105 `complex`) is not
    // reported again by the emitter (G0111 at the same place).
    let refused = |e: &Diagnostic| diags.iter().any(|x| x.is_error() && x.path == e.path && x.span.line == e.span.line && x.span.col == e.span.col);
    let d: Vec<Diagnostic> = fold_goroot_diagnostics(d.into_iter().filter(|e| !refused(e)).collect(), &pkg);
    diags.extend(d);
    if !options.keep_going && diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    // The program's files by name; those of the packages it imports relative to its directory
    // (`internal/store/store.go`).
    let main_dir = loaded.files.first().and_then(|(p, _)| p.parent()).map(|d| if d.as_os_str().is_empty() { Path::new(".") } else { d }).and_then(|d| d.canonicalize().ok()).unwrap_or_default();
    let sources: Vec<String> = pkg
        .files
        .iter()
        .map(|f| match f.path.strip_prefix(&main_dir) {
            Ok(rel) if f.import_path != "main" => rel.to_string_lossy().into_owned(),
            _ => f.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        })
        .collect();
    let printed = print::print(&out.file, &sources);
    lap("print");
    let main_rs = if options.rustfmt { print::rustfmt(&printed).unwrap_or(printed) } else { printed };
    lap("rustfmt");
    let line_map = out.line_map.iter().map(|(item, at)| format!("{item}\t{at}\n")).collect();
    let stem = if input.is_dir() { input.canonicalize().ok().and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned())) } else { input.file_stem().map(|n| n.to_string_lossy().into_owned()) };
    let name = project::package_name(&stem.unwrap_or_else(|| "main".into()));
    let features = sema::stdlib::runtime_features(pkg.files.iter().flat_map(|f| f.imports.iter().map(|i| i.path.as_str())));
    Ok(Translated { project: Project { name, main_rs, line_map, features }, diagnostics: diags })
}

/// Diagnostics that `--keep-going` turns into `todo!()` spots rather than failures.
fn is_unsupported(d: &Diagnostic) -> bool {
    d.severity == Severity::Error && d.code.as_str().starts_with("G01")
}

/// Problems in Go's own source of a std package (`sema::goroot`) are not the user's to fix:
/// they are folded into one G0106 at each import in the program's files of a package from
/// Go's source whose imports (transitively) hold a problem, naming the first; warnings there
/// are dropped.
pub fn fold_goroot_diagnostics(diags: Vec<Diagnostic>, pkg: &crate::ast::Package) -> Vec<Diagnostic> {
    use std::collections::{BTreeMap, BTreeSet};
    let (theirs, mut out): (Vec<Diagnostic>, Vec<Diagnostic>) = diags.into_iter().partition(|d| sema::goroot::is_goroot_file(&d.path));
    if !theirs.iter().any(Diagnostic::is_error) {
        return out;
    }
    // Each loaded package's imports, and the package each file belongs to.
    let mut imports: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for f in &pkg.files {
        imports.entry(f.import_path.as_str()).or_default().extend(f.imports.iter().map(|i| i.path.as_str()));
    }
    let owner = |d: &Diagnostic| pkg.files.iter().find(|f| f.path == d.path).map(|f| f.import_path.as_str());
    let root = sema::goroot::src_root().map(Path::to_path_buf).unwrap_or_default();
    let mut blamed = false;
    for f in pkg.files.iter().filter(|f| !sema::goroot::is_goroot_file(&f.path)) {
        for imp in &f.imports {
            let from_source = sema::goroot::is_std_path(&imp.path) && pkg.files.iter().any(|g| g.import_path == imp.path && sema::goroot::is_goroot_file(&g.path));
            if !from_source {
                continue;
            }
            // The packages this import reaches.
            let mut reach: BTreeSet<&str> = BTreeSet::new();
            let mut todo = vec![imp.path.as_str()];
            while let Some(p) = todo.pop() {
                if reach.insert(p) {
                    todo.extend(imports.get(p).into_iter().flatten().copied());
                }
            }
            let mine = |d: &&Diagnostic| d.is_error() && owner(d).is_some_and(|o| reach.contains(o));
            // The loader's "package P imports "reflect"" says most; else the first problem.
            let Some(first) = theirs.iter().filter(mine).find(|d| d.message.contains(" imports \"")).or_else(|| theirs.iter().find(mine)) else { continue };
            let at = first.path.strip_prefix(&root).unwrap_or(&first.path).display().to_string();
            let msg = format!(
                "unsupported: standard package \"{}\" (gort's runtime does not mirror it, and Go's own source of it does not translate: {} at {at}:{})",
                imp.path, first.message, first.span.line
            );
            out.push(Diagnostic::error(&f.path, imp.path_span, Code::UnsupportedPackage, msg));
            blamed = true;
        }
    }
    // Nothing to blame (cannot happen for a loaded package): keep the first problem as is.
    if !blamed {
        out.extend(theirs.into_iter().find(Diagnostic::is_error));
    }
    out
}
