//! Compile-fail tests: every error the macros report, with its exact text and span. The
//! `.stderr` goldens are regenerated with `TRYBUILD=overwrite` and reviewed as diffs.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
