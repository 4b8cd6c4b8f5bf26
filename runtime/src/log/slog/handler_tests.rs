//! Unit tests of the handlers' formatting: tables ported from Go's `log/slog` tests
//! (`TestNeedsQuoting`, `TestLevelString`) and records through both handlers into a buffer.

use std::sync::Arc;

use super::*;
use crate::value::{Any, Ptr};

#[test]
fn needs_quoting_table() {
    let cases: &[(&[u8], bool)] = &[
        (b"", true),
        (b"ab", false),
        (b"a=b", true),
        (b"\"ab\"", true),
        (b"\x07\x08", true),
        (b"a\tb", true),
        ("µåπ".as_bytes(), false),
        (b"a b", true),
        (b"badutf8\xF6", true),
        (b"a\\b", false),
        ("a\u{00a0}b".as_bytes(), true),
    ];
    for (s, want) in cases {
        assert_eq!(needs_quoting(s), *want, "{:?}", String::from_utf8_lossy(s));
    }
}

#[test]
fn level_string_table() {
    let cases = [(0, "INFO"), (8, "ERROR"), (10, "ERROR+2"), (6, "WARN+2"), (4, "WARN"), (3, "INFO+3"), (1, "INFO+1"), (-3, "DEBUG+1"), (-4, "DEBUG"), (-6, "DEBUG-2")];
    for (l, want) in cases {
        assert_eq!(Level(l).string().to_string_lossy(), want);
    }
}

#[test]
fn json_escaping() {
    let cases: &[(&[u8], &str)] = &[
        (b"plain", "plain"),
        (b"a\"b\\c", "a\\\"b\\\\c"),
        (b"\n\r\t\x01\x1f", "\\n\\r\\t\\u0001\\u001f"),
        (b"<&>", "<&>"),
        ("a\u{2028}b\u{2029}".as_bytes(), "a\\u2028b\\u2029"),
        (b"x\xffy", "x\u{fffd}y"),
    ];
    for (s, want) in cases {
        let mut buf = Vec::new();
        append_escaped_json(&mut buf, s);
        assert_eq!(String::from_utf8_lossy(&buf), *want);
    }
}

/// Formats one record (no time) with `attrs` through a fresh handler, `with` first applied
/// through `WithAttrs` after `WithGroup(group)` when given.
fn format(json: bool, group: Option<&str>, with: &[Attr], attrs: &[Attr]) -> String {
    let out = crate::bytes::Buffer::default();
    let w: Iface<dyn Writer> = Iface::new(Arc::new(out.clone()));
    let opts = Ptr::new(HandlerOptions::default());
    let mut h: Iface<dyn Handler> =
        if json { Iface::new(Arc::new(new_json_handler(&w, &opts))) } else { Iface::new(Arc::new(new_text_handler(&w, &opts))) };
    if let Some(g) = group {
        h = h.with_group(&Str::from_vec(g.as_bytes().to_vec()));
    }
    if !with.is_empty() {
        h = h.with_attrs(&Slice::from_vec(with.to_vec()));
    }
    let r = new_record(&Time::default(), &super::super::LEVEL_WARN, &Str::lit("m"), 0);
    r.add_attrs(attrs);
    let _ = h.handle(&crate::context::background(), &r);
    String::from_utf8_lossy(&out.bytes().to_vec()).into_owned()
}

fn s(k: &'static str, v: &'static str) -> Attr {
    super::super::string(&Str::lit(k), &Str::lit(v))
}

#[test]
fn text_records() {
    // Only the zero Attr is empty: an empty key with a string value still prints (Go's
    // `Attr.isEmpty` looks at the value's representation).
    let zero = Attr::default();
    assert_eq!(format(false, None, &[], &[s("a", "x y"), zero, s("", "")]), "level=WARN msg=m a=\"x y\" \"\"=\"\"\n");
    assert_eq!(format(false, Some("g"), &[s("w", "1")], &[s("k", "v")]), "level=WARN msg=m g.w=1 g.k=v\n");
    let grp = super::super::group_attrs(&Str::lit("e"), &[]);
    assert_eq!(format(false, Some("g"), &[], &[grp.clone()]), "level=WARN msg=m\n");
    let nested = super::super::group_attrs(&Str::lit("n"), &[s("x", "="), grp]);
    assert_eq!(format(false, None, &[], &[nested]), "level=WARN msg=m n.x=\"=\"\n");
}

#[test]
fn json_records() {
    assert_eq!(format(true, Some("g"), &[s("w", "1")], &[s("k", "v")]), "{\"level\":\"WARN\",\"msg\":\"m\",\"g\":{\"w\":\"1\",\"k\":\"v\"}}\n");
    assert_eq!(format(true, Some("g"), &[], &[]), "{\"level\":\"WARN\",\"msg\":\"m\"}\n");
    let any = super::super::any(&Str::lit("l"), &Any::from_value(super::super::LEVEL_ERROR));
    assert_eq!(format(true, None, &[], &[any.clone()]), "{\"level\":\"WARN\",\"msg\":\"m\",\"l\":\"ERROR\"}\n");
    assert_eq!(format(false, None, &[], &[any]), "level=WARN msg=m l=ERROR\n");
}
