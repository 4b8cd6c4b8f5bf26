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
    diags.extend(d);
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
    let d: Vec<Diagnostic> = d.into_iter().filter(|e| !refused(e)).collect();
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
