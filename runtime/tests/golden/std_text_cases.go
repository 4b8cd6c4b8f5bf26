// Golden program for gort's text std mirrors: unicode classes and case mapping, utf8 decoding
// of invalid input, strings and bytes (results, nil-ness, capacities, aliasing), Builder,
// Buffer, Reader, Replacer, strconv errors, fmt scanning. runtime/tests/std_text_golden.rs
// computes the same lines with gort.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var runes = []rune{
	'a', 'Z', '5', '_', ' ', '\t', '\n', 0x85, 0xA0, 'é', 'ß', 'Σ', 'σ', 'ς', 'ǅ', 'Ǆ', 'ǆ', 0x212A, 0x17F, 0x130, 0x131,
	'٣', '½', '²', 'Ⅻ', '€', '©', '÷', '¡', '«', '‐', 0x3000, 0x2028, 0x200B, 0x1F600, 0x1F88, 0x10FFFF, -1, 0xD800,
	0x110000, 0x1F0, 0xFB00, 0x24B6, 'ª', 'º', 0x345, 0xFF9F, 'k', 's', 'K', 'S', 'µ', 0x1E9E, 'ÿ', 0x178, 0x1C4, 0x10400,
}

var texts = []string{
	"", "a", "hello world", "  lead and trail  ", "a,b,,c", "ǆemal ǈ", "ﬀ straße", "a\xffb\xfe", "σς ΣΣ", "hello wOrld_x-y z",
	"\u2000 hi \u3000\x85", "¡¡¡Hello, Gophers!!!", "\xe2\x82", "日本語", "a\tb\nc",
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func main() {
	// unicode
	for _, r := range runes {
		fmt.Println("rune", r, b2i(unicode.IsControl(r)), b2i(unicode.IsDigit(r)), b2i(unicode.IsGraphic(r)), b2i(unicode.IsLetter(r)),
			b2i(unicode.IsLower(r)), b2i(unicode.IsNumber(r)), b2i(unicode.IsPrint(r)), b2i(unicode.IsPunct(r)), b2i(unicode.IsSpace(r)),
			b2i(unicode.IsSymbol(r)), b2i(unicode.IsTitle(r)), b2i(unicode.IsUpper(r)), b2i(unicode.IsMark(r)),
			unicode.ToLower(r), unicode.ToUpper(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	// utf8
	seqs := []string{"", "a", "é", "\xe2\x82\xac", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\x80", "\xf0\x9f\x98\x80",
		"\xff", "a\xe2", "\xe2\x82a", "\x80\x80", "\xf0\x9f\x98", "\xe0\x80", "\xf0\x80", "\xf4\x8f\xbf\xbf"}
	for _, q := range seqs {
		b := []byte(q)
		r1, n1 := utf8.DecodeRune(b)
		r2, n2 := utf8.DecodeLastRune(b)
		r3, n3 := utf8.DecodeRuneInString(q)
		r4, n4 := utf8.DecodeLastRuneInString(q)
		fmt.Printf("utf8 %q %d %d %d %d %d %d %d %d %v %v %d %d %v %v\n", q, r1, n1, r2, n2, r3, n3, r4, n4,
			utf8.FullRune(b), utf8.FullRuneInString(q), utf8.RuneCount(b), utf8.RuneCountInString(q), utf8.Valid(b), utf8.ValidString(q))
	}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		app := utf8.AppendRune(nil, r)
		fmt.Println("enc", r, n, buf, utf8.RuneLen(r), utf8.ValidRune(r), app, len(app), cap(app))
	}
	fmt.Println("runestart", utf8.RuneStart('a'), utf8.RuneStart(0x80), utf8.RuneStart(0xC3))
	func() {
		defer func() { fmt.Println("encode panic:", recover()) }()
		utf8.EncodeRune(make([]byte, 1), '€')
	}()

	// strings
	seps := []string{",", "", " ", "l", "ß"}
	for _, t := range texts {
		for _, sep := range seps {
			p := strings.Split(t, sep)
			pa := strings.SplitAfter(t, sep)
			p2 := strings.SplitN(t, sep, 2)
			p5 := strings.SplitN(t, sep, 5)
			p0 := strings.SplitN(t, sep, 0)
			fmt.Printf("split %q %q %q %d %d %q %q %d %d %q %d %d %v\n", t, sep, p, len(p), cap(p), pa, p2, len(p2), cap(p2), p5, len(p5), cap(p5), p0 == nil)
		}
		f := strings.Fields(t)
		ff := strings.FieldsFunc(t, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
		fmt.Printf("fields %q %q %d %d %q %d\n", t, f, len(f), cap(f), ff, cap(ff))
		fmt.Printf("case %q %q %q %q %q\n", strings.ToUpper(t), strings.ToLower(t), strings.ToTitle(t), strings.Title(t),
			strings.Map(func(r rune) rune {
				if r == 'l' {
					return -1
				}
				return r
			}, t))
		fmt.Printf("trim %q %q %q %q %q %q\n", strings.TrimSpace(t), strings.Trim(t, "!¡ a"), strings.TrimLeft(t, " h\xff"), strings.TrimRight(t, "dl !"),
			strings.TrimFunc(t, unicode.IsLetter), strings.TrimRightFunc(t, func(r rune) bool { return r == utf8.RuneError || r == 'b' }))
		fmt.Println("index", strings.Index(t, "l"), strings.LastIndex(t, "l"), strings.IndexAny(t, "\xffoß"), strings.LastIndexAny(t, "\xfeoß"),
			strings.IndexRune(t, utf8.RuneError), strings.IndexRune(t, 'ß'), strings.IndexRune(t, -1), strings.IndexRune(t, 0xD800),
			strings.IndexByte(t, 'o'), strings.LastIndexByte(t, 'o'), strings.IndexFunc(t, unicode.IsUpper), strings.LastIndexFunc(t, unicode.IsSpace),
			strings.ContainsRune(t, 'σ'), strings.ContainsAny(t, "xyz"), strings.ContainsFunc(t, unicode.IsDigit), strings.Count(t, "l"), strings.Count(t, ""),
			strings.HasPrefix(t, "a"), strings.HasSuffix(t, "!"), strings.Contains(t, "or"))
		b4, a4, ok4 := strings.Cut(t, " ")
		cp, okp := strings.CutPrefix(t, "a")
		cs, oks := strings.CutSuffix(t, "b\xfe")
		fmt.Printf("cut %q %q %v %q %v %q %v %q %q\n", b4, a4, ok4, cp, okp, cs, oks, strings.ToValidUTF8(t, "?"), strings.ToValidUTF8(t, ""))
	}
	pairs := [][2]string{{"Go", "GO"}, {"straße", "STRASSE"}, {"σς", "ΣΣ"}, {"k", "\u212a"}, {"ſ", "S"}, {"a\xff", "A\xff"}, {"é", "É"}, {"ǅ", "ǆ"}, {"abc", "abd"}, {"", ""}, {"a", ""}}
	for _, p := range pairs {
		fmt.Println("fold", p[0], p[1], strings.EqualFold(p[0], p[1]), bytes.EqualFold([]byte(p[0]), []byte(p[1])), strings.Compare(p[0], p[1]))
	}
	fmt.Printf("replace %q %q %q %q %q %q %q\n", strings.Replace("aaaa", "a", "b", 2), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2),
		strings.Replace("", "", "x", -1), strings.ReplaceAll("banana", "ana", "X"), strings.Replace("a\xffb", "", "|", -1), strings.Replace("aaa", "a", "a", -1))
	reps := [][]string{{"a", "1", "b", "2"}, {"", "X"}, {"", "X", "a", "1"}, {"a", "1", "", "X"}, {"aaa", "3", "aa", "2", "a", "1"}, {"a", "1", "aaa", "3"},
		{"ab", "X", "a", "Y"}, {"<", "&lt;", ">", "&gt;", "&", "&amp;"}, {"hello", "bye"}, {"a", "b", "a", "c"}}
	for _, rp := range reps {
		r := strings.NewReplacer(rp...)
		fmt.Printf("replacer %q %q %q %q\n", rp, r.Replace("abcaaa<&>"), r.Replace(""), r.Replace("hello a world"))
	}
	fmt.Println("repeat", strings.Repeat("ab", 3), strings.Repeat("x", 0) == "", strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, ","), strings.Clone("q"))
	func() {
		defer func() { fmt.Println("repeat panic:", recover()) }()
		n := -1
		_ = strings.Repeat("x", n)
	}()
	var sb strings.Builder
	fmt.Println("builder", sb.Len(), sb.Cap())
	for i, w := range []string{"hello", " ", "world, this is longer", strings.Repeat("x", 40)} {
		sb.WriteString(w)
		fmt.Println("builder", i, sb.Len(), sb.Cap())
	}
	sb.WriteByte('!')
	sb.WriteRune('世')
	sb.WriteRune(-5)
	n, err := sb.Write([]byte("ab"))
	fmt.Println("builder", sb.Len(), sb.Cap(), n, err, sb.String()[60:])
	sb.Grow(1000)
	fmt.Println("builder grow", sb.Len(), sb.Cap())
	sb.Reset()
	sb.Grow(10)
	fmt.Println("builder reset", sb.Len(), sb.Cap(), sb.String() == "")
	rd := strings.NewReader("hello world")
	buf := make([]byte, 4)
	for {
		n, err := rd.Read(buf)
		fmt.Println("reader", n, err, rd.Len(), string(buf[:n]))
		if err != nil {
			break
		}
	}

	// bytes
	var bb bytes.Buffer
	fmt.Println("buffer", bb.Len(), bb.Cap(), bb.String() == "")
	bb.WriteString("hello world")
	fmt.Println("buffer", bb.Len(), bb.Cap())
	bb.WriteRune('é')
	bb.WriteByte('!')
	bb.Write(bytes.Repeat([]byte("0123456789"), 10))
	fmt.Println("buffer", bb.Len(), bb.Cap())
	line, err := bb.ReadString(' ')
	c, err2 := bb.ReadByte()
	p := make([]byte, 3)
	n, err3 := bb.Read(p)
	fmt.Printf("buffer read %q %v %c %v %d %q %v %d %d\n", line, err, c, err2, n, p, err3, bb.Len(), bb.Cap())
	bs := bb.Bytes()
	bs[0] = 'X'
	fmt.Println("buffer alias", bb.String()[:5])
	bb.Truncate(2)
	fmt.Println("buffer trunc", bb.String(), bb.Len(), bb.Cap())
	bb.Grow(500)
	fmt.Println("buffer grow", bb.Len(), bb.Cap())
	rest := make([]byte, 10)
	n, err = bb.Read(rest)
	n2, err4 := bb.Read(rest)
	n3, err5 := bb.Read(nil)
	fmt.Println("buffer eof", n, err, n2, err4, n3, err5, bb.Len(), bb.Cap())
	line, err = bb.ReadString('x')
	fmt.Printf("buffer readstring %q %v\n", line, err)
	nb := bytes.NewBufferString("abc")
	nb2 := bytes.NewBuffer(make([]byte, 3, 10))
	nb2.WriteString("xy")
	fmt.Printf("newbuffer %d %d %d %d %q\n", nb.Len(), nb.Cap(), nb2.Len(), nb2.Cap(), nb2.String())
	var small bytes.Buffer
	for i := 0; i < 20; i++ {
		small.WriteString("abcdefghij")
		if i%4 == 0 {
			fmt.Println("buffer grow", i, small.Len(), small.Cap())
		}
	}
	func() {
		defer func() { fmt.Println("truncate panic:", recover()) }()
		small.Truncate(1000)
	}()
	for _, t := range texts {
		v := []byte(t)
		f := bytes.Fields(v)
		fmt.Printf("bfields %q %d %d", f, len(f), cap(f))
		for _, x := range f {
			fmt.Print(" ", cap(x))
		}
		fmt.Println()
		for _, sep := range []string{",", "", "l"} {
			sp := bytes.Split(v, []byte(sep))
			fmt.Printf("bsplit %q %q %d %d", sep, sp, len(sp), cap(sp))
			for _, x := range sp {
				fmt.Print(" ", cap(x))
			}
			fmt.Println()
		}
		tr := bytes.Trim(v, "!¡ a")
		ts := bytes.TrimSpace(v)
		up := bytes.ToUpper(v)
		lo := bytes.ToLower(v)
		ra := bytes.ReplaceAll(v, []byte("l"), []byte("LL"))
		rn := bytes.ReplaceAll(v, []byte("zz"), []byte("y"))
		cl := bytes.Clone(v)
		fmt.Printf("bfuncs %q %v %d %q %v %d %q %d %q %d %q %d %q %v %d %q %v %d\n", tr, tr == nil, cap(tr), ts, ts == nil, cap(ts), up, cap(up), lo, cap(lo),
			ra, cap(ra), rn, rn == nil, cap(rn), cl, cl == nil, cap(cl))
		fmt.Println("bsearch", bytes.Index(v, []byte("l")), bytes.LastIndex(v, []byte("l")), bytes.IndexByte(v, 'o'), bytes.Count(v, []byte("l")), bytes.Count(v, nil),
			bytes.Contains(v, []byte("or")), bytes.ContainsRune(v, 'ß'), bytes.HasPrefix(v, []byte("a")), bytes.HasSuffix(v, []byte("d")),
			bytes.Equal(v, []byte(t)), bytes.Compare(v, []byte("m")))
	}
	var nilb []byte
	j0 := bytes.Join(nil, []byte(","))
	j1 := bytes.Join([][]byte{{}}, []byte(","))
	j2 := bytes.Join([][]byte{[]byte("a"), []byte("bc")}, []byte(", "))
	j3 := bytes.Join([][]byte{{}, {}}, nil)
	r0 := bytes.Repeat([]byte("ab"), 0)
	r3 := bytes.Repeat([]byte("ab"), 3)
	fmt.Println("bjoin", j0 == nil, len(j0), j1 == nil, string(j2), cap(j2), j3 == nil, len(j3), r0 == nil, string(r3), cap(r3))
	fmt.Println("bnil", bytes.Clone(nilb) == nil, bytes.Clone([]byte{}) == nil, bytes.Trim(nilb, "x") == nil, bytes.TrimSpace([]byte("   ")) == nil,
		bytes.ToUpper(nilb) == nil, bytes.ToUpper([]byte{}) == nil, bytes.ReplaceAll(nilb, []byte("a"), []byte("b")) == nil, bytes.Fields(nilb) == nil)

	// strconv
	for _, in := range []string{"42", "-0", "+7", "0x1f", "1_000", "99999999999999999999", "abc", "", " 1", "-9223372036854775808", "9223372036854775808"} {
		v, err := strconv.Atoi(in)
		var ne *strconv.NumError
		isNum := errors.As(err, &ne)
		if isNum {
			fmt.Printf("atoi %q %d %v | %s %q %v %v %v\n", in, v, err, ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrSyntax)
		} else {
			fmt.Printf("atoi %q %d %v\n", in, v, err)
		}
		pi, err := strconv.ParseInt(in, 0, 16)
		pu, err2 := strconv.ParseUint(in, 16, 64)
		fmt.Println("parse", pi, err, pu, err2)
	}
	_, err = strconv.ParseInt("12", 1, 64)
	_, err2 = strconv.ParseInt("12", 10, 65)
	fmt.Println("parse errors", err, err2)
	ai := strconv.AppendInt(nil, -255, 16)
	aq := strconv.AppendQuote([]byte("x="), "a\"b\n")
	fmt.Println("append", string(ai), cap(ai), string(aq), cap(aq), strconv.Quote("héllo\x00\xff"), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'), strconv.QuoteRune(0x7f))
	for _, q := range []string{`"a\tb"`, "`raw`", `'x'`, `"bad`, `'ab'`, `"\u00e9\x41"`, `"\377"`} {
		u, err := strconv.Unquote(q)
		fmt.Printf("unquote %q %q %v\n", q, u, err)
	}
	bv, err := strconv.ParseBool("T")
	bv2, err2 := strconv.ParseBool("yes")
	fmt.Println("bool", bv, err, bv2, err2, strconv.FormatBool(false), strconv.Itoa(-12), strconv.FormatInt(-35, 36), strconv.FormatUint(255, 2))
	fmt.Println("float", strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 32))
	pf, err := strconv.ParseFloat("1e400", 64)
	pf2, err2 := strconv.ParseFloat("0x1p-2", 64)
	fmt.Println("parsefloat", pf, err, pf2, err2)

	// fmt scanning
	var a, b2 int
	var f1 float64
	var s1, s2 string
	var u8 uint8
	var bo bool
	var r1 rune
	var bsl []byte
	n, err = fmt.Sscan("12 34.5\n word", &a, &f1, &s1)
	fmt.Println("sscan", n, err, a, f1, s1)
	n, err = fmt.Sscan("7", &a, &b2)
	fmt.Println("sscan short", n, err, a)
	n, err = fmt.Sscan("", &a)
	fmt.Println("sscan empty", n, err)
	n, err = fmt.Sscan("x1", &a)
	fmt.Println("sscan bad", n, err)
	n, err = fmt.Sscan("300", &u8)
	fmt.Println("sscan overflow", n, err)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 -0x10", &a, &b2, &u8, &r1, &f1)
	fmt.Println("sscan bases", n, err, a, b2, u8, r1, f1)
	n, err = fmt.Sscan("true F 1e3 hi", &bo, &bo, &f1, &bsl)
	fmt.Println("sscan misc", n, err, bo, f1, string(bsl))
	n, err = fmt.Sscanln("5 6\n7", &a, &b2)
	fmt.Println("sscanln", n, err, a, b2)
	n, err = fmt.Sscanln("5\n6", &a, &b2)
	fmt.Println("sscanln short", n, err, a)
	n, err = fmt.Sscanln("5 6 7", &a, &b2)
	fmt.Println("sscanln extra", n, err, a, b2)
	n, err = fmt.Sscanf("age: 42, name: bob", "age: %d, name: %s", &a, &s1)
	fmt.Println("sscanf", n, err, a, s1)
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b2)
	fmt.Println("sscanf dash", n, err, a, b2)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b2)
	fmt.Println("sscanf width", n, err, a, b2)
	n, err = fmt.Sscanf("ff 101 x", "%x %b %c", &a, &b2, &r1)
	fmt.Println("sscanf verbs", n, err, a, b2, r1)
	n, err = fmt.Sscanf(`"quoted str" 6869`, "%q %x", &s1, &s2)
	fmt.Println("sscanf q", n, err, s1, s2)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &a, &b2, &u8)
	fmt.Println("sscanf eof", n, err)
	n, err = fmt.Sscanf("1 x", "%d %d", &a, &b2)
	fmt.Println("sscanf mismatch", n, err)
	n, err = fmt.Sscanf("a1", "b%d", &a)
	fmt.Println("sscanf literal", n, err)
	n, err = fmt.Sscanf("5%", "%d%%", &a)
	fmt.Println("sscanf percent", n, err, a)
	n, err = fmt.Sscanf("7", "%d", &a, &b2)
	fmt.Println("sscanf too many", n, err)
	n, err = fmt.Sscanf("7 8", "%d %d", &a)
	fmt.Println("sscanf too few", n, err)
	n, err = fmt.Sscanf("3\n4", "%d %d", &a, &b2)
	fmt.Println("sscanf newline", n, err)
	n, err = fmt.Sscanf("3\n4", "%d\n%d", &a, &b2)
	fmt.Println("sscanf newline ok", n, err, a, b2)
	n, err = fmt.Sscan("1", a)
	fmt.Println("sscan nonptr", n, err)
	n, err = fmt.Sscanf("t", "%d", &bo)
	fmt.Println("sscanf badverb", n, err)
	ap := fmt.Append([]byte("x:"), 1, "a", 2.5)
	fmt.Println("append", string(ap), len(ap), cap(ap))
	var out strings.Builder
	fmt.Fprintf(&out, "%d-%s|", 5, "z")
	fmt.Fprint(&out, "p", 1, 2, "q")
	fmt.Fprintln(&out, "end", 3)
	var bout bytes.Buffer
	fmt.Fprintf(&bout, "%05.1f", 3.14159)
	fmt.Printf("fprint %q %q\n", out.String(), bout.String())
}
