//! Diagnostics: what every stage reports about the user's Go code, with stable codes and hints.
//!
//! A diagnostic names a file, a byte span with its line:column, a stable code (`G0xxx`, listed in
//! `diag/CODES.md` and in [`Code::ALL`]), a message naming the construct and a one-line hint.
//! Broken or unsupported input is never a Rust error: stages return their result plus these.

use std::fmt;
use std::path::{Path, PathBuf};

/// Index of a source file within one translation (the order the files were given in).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// A byte range in one file plus the 1-based line and byte column of its start.
///
/// Columns count bytes, as Go's own tools do.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub col: u32,
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}@{}..{}", self.file.0, self.line, self.col, self.start, self.end)
    }
}

impl Span {
    /// The smallest span covering both (same file assumed; `self`'s file wins).
    pub fn cover(self, other: Span) -> Span {
        if other.start < self.start {
            Span { file: self.file, start: other.start, end: self.end.max(other.end), line: other.line, col: other.col }
        } else {
            Span { end: self.end.max(other.end), ..self }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// One finding about the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub span: Span,
    pub severity: Severity,
    pub code: Code,
    /// Names the construct, e.g. `unsupported: goto` or `undefined: foo`.
    pub message: String,
    /// One line telling the user what to do instead.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error with the code's default hint.
    pub fn error(path: &Path, span: Span, code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            path: path.to_path_buf(),
            span,
            severity: Severity::Error,
            code,
            message: message.into(),
            hint: code.default_hint().map(str::to_string),
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col: error[G0101]: unsupported: goto` and, when there is one, `  hint: …`.
    pub fn render(&self) -> String {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut s = format!(
            "{}:{}:{}: {}[{}]: {}",
            self.path.display(),
            self.span.line,
            self.span.col,
            sev,
            self.code.as_str(),
            self.message
        );
        if let Some(h) = &self.hint {
            s.push_str("\n  hint: ");
            s.push_str(h);
        }
        s
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

/// Sorts diagnostics by file, position, then code, and drops exact duplicates.
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| {
        (a.span.file, a.span.start, a.span.end, a.code, &a.message).cmp(&(
            b.span.file,
            b.span.start,
            b.span.end,
            b.code,
            &b.message,
        ))
    });
    diags.dedup();
}

macro_rules! codes {
    ($($name:ident = $num:literal, $title:literal, $hint:expr;)*) => {
        /// Stable diagnostic codes. The number never changes meaning once released.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($name),* }

        impl Code {
            /// Every code, in numeric order (the table `diag/CODES.md` must match; a test checks).
            pub const ALL: &'static [Code] = &[$(Code::$name),*];

            /// `G0101`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$name => $num),* }
            }

            /// Short title of what the code means.
            pub fn title(self) -> &'static str {
                match self { $(Code::$name => $title),* }
            }

            /// The hint used when a stage gives none more specific.
            pub fn default_hint(self) -> Option<&'static str> {
                match self { $(Code::$name => $hint),* }
            }
        }
    };
}

codes! {
    // G00xx: reading and parsing input.
    SyntaxError = "G0001", "syntax error", Some("fix the Go syntax; `go vet` shows the same spot");
    MissingToken = "G0002", "missing token", Some("the parser expected a token here; fix the Go syntax");
    NotGoFile = "G0003", "not a Go source file", Some("pass a `.go` file or a directory of `package main` files");
    NoGoFiles = "G0004", "no Go files", Some("the directory must contain `*.go` files other than `_test.go`");
    NotMainPackage = "G0005", "package is not main", Some("gort translates programs: use `package main` with a `func main`");
    MixedPackages = "G0006", "files of different packages", Some("all files of the directory must declare the same package");
    TooDeep = "G0007", "nesting too deep", Some("split the expression or statement into smaller parts");
    BadLiteral = "G0008", "invalid literal", Some("fix the literal; Go rejects it too");
    Unreadable = "G0009", "cannot read input", None;
    NoMain = "G0010", "missing func main", Some("a program needs `func main()` in package main");
    ImportCycle = "G0011", "import cycle not allowed", Some("move the shared declarations into a package both can import");
    MissingPackage = "G0012", "imported package of the module not found", Some("the import path `<module>/<dir>` names the directory `<dir>` under the directory of go.mod, which must hold the package's `*.go` files");
    // G01xx: valid Go that gort does not translate.
    Goto = "G0101", "unsupported: goto", Some("restructure with a loop and labelled break/continue");
    Unsafe = "G0102", "unsupported: package unsafe", Some("gort emits safe Rust only; remove the use of unsafe");
    Cgo = "G0103", "unsupported: cgo", Some("cgo (`import \"C\"`) cannot be translated; call Rust from the translated code instead");
    Reflect = "G0104", "unsupported: package reflect", Some("replace reflection with type switches or interfaces");
    UnsupportedPackage = "G0106", "unsupported: standard package", Some("gort's runtime mirrors the std packages concurrent programs use (fmt, strings, strconv, errors, sort, slices, maps, math, math/cmplx, math/big (Int), math/rand(/v2), os, time, sync, sync/atomic, context, runtime, log, log/slog, unicode, bytes, bufio, io, io/fs, io/ioutil, iter, cmp, path, path/filepath, container/heap, container/list, flag, encoding/json (Marshal, MarshalIndent, Encoder, Valid, Unmarshal, Decoder), encoding/hex, encoding/base64, encoding/binary (byte orders, varints), hash, hash/fnv, hash/crc32, crypto/md5, crypto/sha1, crypto/sha256, crypto/sha512, crypto/rand, regexp, text/tabwriter, os/signal, syscall (signals, Kill, Getpid)); other std packages are translated from Go's own source (found through $GOROOT or `go env GOROOT`) unless it needs what gort lacks (unsafe, reflect, the Go runtime's internals); see README, \"What translates\"");
    UnsupportedMember = "G0107", "unsupported: standard package member", Some("use another function of the package that gort's runtime provides");
    BlockingCallback = "G0108", "blocking function where a synchronous callback is required", Some("move the blocking operation out of the callback");
    DotImport = "G0109", "unsupported: dot or blank import", Some("import the package under its name (dot and blank imports work for the packages of the program's own module)");
    ThirdPartyImport = "G0110", "unsupported: import of a non-standard package", Some("gort translates the standard library, the packages of the program's own module (imports `<module>/<dir>` of the nearest go.mod's `module` path) and, of third-party packages, golang.org/x/sync's errgroup and semaphore, golang.org/x/exp's constraints, maps and slices, golang.org/x/tour/tree and github.com/pkg/errors; vendor other code into the module");
    UnsupportedConstruct = "G0111", "unsupported construct", None;
    // G02xx: names.
    Undefined = "G0201", "undefined name", None;
    Redeclared = "G0202", "name redeclared", None;
    UnusedVariable = "G0203", "declared and not used", Some("use the variable or assign it to `_`");
    UnusedImport = "G0204", "imported and not used", Some("remove the import");
    BadLabel = "G0205", "invalid label use", None;
    BadBranch = "G0206", "break, continue or fallthrough out of place", None;
    MissingReturn = "G0207", "missing return", Some("end the function with a return statement or a terminating statement");
    MissingBody = "G0208", "function without body", Some("gort translates Go source only; give the function a body");
    NotUsed = "G0209", "value computed and not used", None;
    // G03xx: types (Go itself rejects these programs).
    TypeMismatch = "G0301", "mismatched types", None;
    NotAssignable = "G0302", "cannot use value here", None;
    ArgCount = "G0303", "wrong number of arguments or values", None;
    NotCallable = "G0304", "cannot call non-function", None;
    InvalidOp = "G0305", "invalid operation", None;
    ConstOverflow = "G0306", "constant not representable", None;
    DivByZero = "G0307", "division by zero", None;
    NoFieldOrMethod = "G0308", "no field or method", None;
    NotAType = "G0309", "not a type", None;
    NotAnExpr = "G0310", "not an expression", None;
    NotImplemented = "G0311", "type does not implement interface", None;
    InvalidCycle = "G0312", "invalid recursive type or initialization cycle", None;
    CannotInfer = "G0313", "cannot infer type arguments", Some("write the type arguments explicitly: f[T](…)");
    TypeError = "G0314", "type error", None;
    // G09xx: gort itself.
    InternalError = "G0901", "internal error in gort", Some("this is a gort bug, not yours: please report it with the Go input");
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Maps byte offsets of one file to 1-based line and byte column.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    line_starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    pub fn new(text: &[u8]) -> LineIndex {
        let mut line_starts = vec![0];
        for (i, b) in text.iter().enumerate() {
            if *b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts, len: text.len() as u32 }
    }

    /// 1-based (line, column) of a byte offset; offsets past the end clamp to the end.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.len);
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }

    pub fn span(&self, file: FileId, start: u32, end: u32) -> Span {
        let start = start.min(self.len);
        let end = end.clamp(start, self.len);
        let (line, col) = self.line_col(start);
        Span { file, start, end, line, col }
    }

    /// Length of the file in bytes.
    pub fn len(&self) -> u32 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}
