//! The `gort` command line: `translate`, `run`, `check`.

fn main() {
    eprintln!("gort: not built yet");
    std::process::exit(1);
}
