//! Every fixture program must pass the front end without diagnostics (they are valid Go that
//! gort supports), and every expression that sema typed must have a known type.

use std::path::PathBuf;

use gort_translator::sema;

#[test]
fn fixtures_have_no_diagnostics() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root).map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.join("main.go").exists()).collect()).unwrap_or_default();
    dirs.sort();
    let mut failures = Vec::new();
    for d in &dirs {
        let (loaded, mut diags) = sema::load(d);
        let config = sema::Config { go_version: loaded.go_version.unwrap_or((1, 27)) };
        let (_pkg, _info, d2) = sema::frontend(&loaded.files, &config);
        diags.extend(d2);
        for x in diags {
            failures.push(x.render());
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixtures, diagnostics:\n{}\n(a G0107 for a std member the runtime provides means its stub in translator/src/sema/stdlib/ lacks it: add the declaration there)",
        dirs.len(),
        failures.join("\n")
    );
}
