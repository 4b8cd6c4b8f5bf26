//! gort's supported standard library: which packages and members the runtime mirrors.
//!
//! Each supported package is declared by a Go stub (`stdlib/*.go`: declarations without bodies)
//! that sema parses and type-checks like user code. A stub is the table of members the runtime
//! provides (the runtime's names are the snake_case forms: `strings.TrimSpace` →
//! `::gort::strings::trim_space`); anything missing from a stub is reported as unsupported.

/// One standard package gort knows.
pub struct StdPackage {
    /// Import path (`sync/atomic`).
    pub path: &'static str,
    /// Go source of the stub.
    pub source: &'static str,
    /// Users may import it (helper packages such as `io`, `iter` and `cmp` only serve the
    /// stubs' own signatures).
    pub importable: bool,
}

macro_rules! std_pkgs {
    ($($path:literal => $file:literal, $importable:literal;)*) => {
        /// Every stub package, in a fixed order.
        pub const PACKAGES: &[StdPackage] = &[
            $(StdPackage { path: $path, source: include_str!(concat!("stdlib/", $file)), importable: $importable },)*
        ];
    };
}

std_pkgs! {
    "bufio" => "bufio.go", true;
    "bytes" => "bytes.go", true;
    "cmp" => "cmp.go", true;
    "container/heap" => "container_heap.go", true;
    "container/list" => "container_list.go", true;
    "context" => "context.go", true;
    "crypto/md5" => "crypto_md5.go", true;
    "crypto/rand" => "crypto_rand.go", true;
    "crypto/sha1" => "crypto_sha1.go", true;
    "crypto/sha256" => "crypto_sha256.go", true;
    "crypto/sha512" => "crypto_sha512.go", true;
    "encoding/base64" => "encoding_base64.go", true;
    "encoding/binary" => "encoding_binary.go", true;
    "encoding/hex" => "encoding_hex.go", true;
    "encoding/json" => "encoding_json.go", true;
    "errors" => "errors.go", true;
    "flag" => "flag.go", true;
    "fmt" => "fmt.go", true;
    "hash" => "hash.go", true;
    "hash/crc32" => "hash_crc32.go", true;
    "hash/fnv" => "hash_fnv.go", true;
    "io" => "io.go", true;
    "io/fs" => "io_fs.go", true;
    "io/ioutil" => "io_ioutil.go", true;
    "iter" => "iter.go", true;
    "log" => "log.go", true;
    "log/slog" => "log_slog.go", true;
    "maps" => "maps.go", true;
    "math" => "math.go", true;
    "math/big" => "math_big.go", true;
    "math/bits" => "math_bits.go", true;
    "math/cmplx" => "math_cmplx.go", true;
    "math/rand" => "math_rand.go", true;
    "math/rand/v2" => "math_rand_v2.go", true;
    "os" => "os.go", true;
    "os/signal" => "os_signal.go", true;
    "path" => "path.go", true;
    "path/filepath" => "path_filepath.go", true;
    "regexp" => "regexp.go", true;
    "runtime" => "runtime.go", true;
    "slices" => "slices.go", true;
    "sort" => "sort.go", true;
    "strconv" => "strconv.go", true;
    "strings" => "strings.go", true;
    "sync" => "sync.go", true;
    "sync/atomic" => "sync_atomic.go", true;
    "syscall" => "syscall.go", true;
    "text/tabwriter" => "text_tabwriter.go", true;
    "time" => "time.go", true;
    "unicode" => "unicode.go", true;
    "unicode/utf8" => "unicode_utf8.go", true;
    "golang.org/x/sync/errgroup" => "x_sync_errgroup.go", true;
    "golang.org/x/sync/semaphore" => "x_sync_semaphore.go", true;
    "golang.org/x/exp/constraints" => "x_exp_constraints.go", true;
    "golang.org/x/exp/maps" => "x_exp_maps.go", true;
    "golang.org/x/exp/slices" => "slices.go", true;
}

/// Std packages whose runtime mirror sits behind an optional feature of the `gort` crate
/// (its dependency is slow to build): `(import path, feature)`. A program importing one gets
/// the feature in its generated `Cargo.toml`.
pub const RUNTIME_FEATURES: &[(&str, &str)] = &[("regexp", "regexp")];

/// The runtime features a program importing `paths` needs, sorted and deduplicated.
pub fn runtime_features<'a>(paths: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> =
        paths.into_iter().filter_map(|p| RUNTIME_FEATURES.iter().find(|(path, _)| *path == p)).map(|(_, f)| f.to_string()).collect();
    out.sort();
    out.dedup();
    out
}

/// The package name a std import path declares (`math/rand/v2` → `rand`).
pub fn package_name(path: &str) -> String {
    let mut parts: Vec<&str> = path.split('/').collect();
    if parts.len() > 1 && parts.last().is_some_and(|l| l.len() > 1 && l.starts_with('v') && l[1..].chars().all(|c| c.is_ascii_digit())) {
        parts.pop();
    }
    parts.last().copied().unwrap_or(path).to_string()
}

pub fn package(path: &str) -> Option<&'static StdPackage> {
    PACKAGES.iter().find(|p| p.path == path)
}

/// Std functions and methods that may block the calling goroutine (`pkg.Func` or
/// `pkg.Type.Method`). Channel operations on std-returned channels (`time.After`,
/// `ctx.Done()`) block through the channel operation itself.
pub const BLOCKING: &[&str] = &[
    "sync.Mutex.Lock",
    "sync.RWMutex.Lock",
    "sync.RWMutex.RLock",
    "sync.WaitGroup.Wait",
    "golang.org/x/sync/errgroup.Group.Go",
    "golang.org/x/sync/errgroup.Group.Wait",
    "golang.org/x/sync/semaphore.Weighted.Acquire",
    "sync.Cond.Wait",
    "sync.Locker.Lock",
    "sync.Once.Do",
    "time.Sleep",
    "runtime.Gosched",
];

/// Std functions whose func-typed parameters run in their own goroutine or may be awaited by
/// the runtime, so a blocking (async) function is fine there. Every other func-typed parameter
/// of a std function must be a synchronous callback (`sort.Slice`'s less, `strings.Map`'s
/// mapping).
pub const ASYNC_CALLBACKS: &[&str] = &[
    "sync.WaitGroup.Go",
    "golang.org/x/sync/errgroup.Group.Go",
    "golang.org/x/sync/errgroup.Group.TryGo",
    "sync.Once.Do",
    "sync.OnceFunc",
    "sync.OnceValue",
    "sync.OnceValues",
    "time.AfterFunc",
    "context.AfterFunc",
];

/// Std functions that run an `iter.Seq`/`iter.Seq2` argument to its end before they return.
/// Given a sequence that may block, the emitter drains it first (awaited) and passes the
/// values on as a synchronous sequence, which is the same thing (`iter.Pull`, which runs its
/// sequence lazily, is not here: a blocking sequence there stays G0108).
pub const DRAINS_SEQ: &[&str] = &["slices.AppendSeq", "slices.Collect", "slices.Sorted", "slices.SortedFunc", "slices.SortedStableFunc", "maps.Collect", "maps.Insert"];

pub fn drains_seq(qualified: &str) -> bool {
    DRAINS_SEQ.contains(&qualified)
}

/// Std types the runtime represents as shared handles (`Clone` shares the state), so a
/// pointer-method call on a copy acts on the original: such variables never need a cell.
/// Every type of `sync` and `sync/atomic`, timers and tickers, builders, buffers, `bufio`'s
/// scanner, reader and writer, and `container/list`'s list (its elements are plain pointers).
pub const HANDLE_TYPES: &[&str] = &[
    "bufio.Scanner",
    "bufio.Reader",
    "bufio.Writer",
    "container/list.List",
    "log/slog.LevelVar",
    "log/slog.Logger",
    "log/slog.TextHandler",
    "log/slog.JSONHandler",
    "golang.org/x/sync/errgroup.Group",
    "golang.org/x/sync/semaphore.Weighted",
    "encoding/base64.Encoding",
    "encoding/json.Encoder",
    "encoding/json.Decoder",
    "regexp.Regexp",
    "hash/crc32.Table",
    "io.PipeReader",
    "io.PipeWriter",
    "time.Timer",
    "time.Ticker",
    "strings.Builder",
    "strings.Reader",
    "strings.Replacer",
    "unicode.RangeTable",
    "text/tabwriter.Writer",
    "bytes.Buffer",
    "bytes.Reader",
    "math/big.Int",
    "math/rand.Rand",
    "math/rand/v2.Rand",
    "math/rand/v2.PCG",
    "math/rand/v2.ChaCha8",
];

/// Std package variables a program may assign (`flag.Usage = func() { … }`): the runtime has
/// `pkg::v_var() -> Ptr<T>` besides `pkg::v()`, and assignments write through that pointer.
/// Assigning any other std variable is unsupported.
pub const ASSIGNABLE_VARS: &[&str] = &["flag.Usage"];

pub fn is_handle_type(qualified: &str) -> bool {
    qualified.starts_with("sync.") || qualified.starts_with("sync/atomic.") || HANDLE_TYPES.contains(&qualified)
}

/// Sync types whose Go values are copied by value (`f(wg)`, `m2 := mu`, vet's copylocks): the
/// copy is a new handle with the state of the original now (`go_copy()`), not a share of it.
pub const COPIED_BY_VALUE: &[&str] = &[
    "sync.WaitGroup",
    "sync.Mutex",
    "sync.RWMutex",
    "sync.Once",
    "sync/atomic.Int32",
    "sync/atomic.Int64",
    "sync/atomic.Uint32",
    "sync/atomic.Uint64",
    "sync/atomic.Bool",
    "sync/atomic.Value",
];

/// Handle types that stand for both Go's value and Go's pointer (a zero `sync.Mutex` is a live
/// mutex, `Default`) and have a distinct nil pointer, `T::nil()` / `is_nil()`. Other handles'
/// `Default` is their zero pointer (nil for `*regexp.Regexp`, a fresh one otherwise).
pub fn has_nil_handle(qualified: &str) -> bool {
    ((qualified.starts_with("sync.") || qualified.starts_with("sync/atomic.")) && qualified != "sync/atomic.Pointer")
        || qualified == "math/big.Int"
        || qualified == "time.Timer"
        || qualified == "time.Ticker"
}

/// Packages that are real Go but that gort refuses with a specific code.
pub fn special_unsupported(path: &str) -> Option<crate::diag::Code> {
    use crate::diag::Code;
    match path {
        "unsafe" => Some(Code::Unsafe),
        "C" => Some(Code::Cgo),
        "reflect" => Some(Code::Reflect),
        _ => None,
    }
}

/// The qualified name used by [`BLOCKING`] and [`ASYNC_CALLBACKS`] for a std function or method.
pub fn qualified(pkg: &str, recv_type: Option<&str>, name: &str) -> String {
    match recv_type {
        Some(t) => format!("{pkg}.{t}.{name}"),
        None => format!("{pkg}.{name}"),
    }
}

pub fn is_blocking(qualified: &str) -> bool {
    BLOCKING.contains(&qualified)
}

pub fn takes_async_callback(qualified: &str) -> bool {
    ASYNC_CALLBACKS.contains(&qualified)
}
