// Golden program for gort's bufio mirror: Scanner with every split function on edge inputs
// (empty, CRLF, no final newline, Unicode spaces, invalid UTF-8, runes split across reads),
// token-size limits, Bytes aliasing the buffer, custom split functions and their errors and
// panics; Reader (ReadLine fragments, ReadSlice, runes, unread rules, Peek, Discard, Read,
// WriteTo, Reset); Writer (sizes, spills, AvailableBuffer, tiny buffers, ReadFrom, short and
// failing writes); fmt.Fscan* on readers; strings.Reader's rune methods.
// runtime/tests/std_bufio_golden.rs computes the same lines with gort.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// oneByteReader returns at most one byte per Read.
type oneByteReader struct {
	s string
	i int
}

func (r *oneByteReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[r.i]
	r.i++
	return 1, nil
}

// failReader returns its data in one Read together with an error.
type failReader struct {
	data string
	done bool
}

func (r *failReader) Read(p []byte) (int, error) {
	if r.done {
		return 0, errors.New("unreachable")
	}
	r.done = true
	return copy(p, r.data), errors.New("disk on fire")
}

// shortWriter accepts half of every write without an error.
type shortWriter struct{ got []byte }

func (w *shortWriter) Write(p []byte) (int, error) {
	n := (len(p) + 1) / 2
	w.got = append(w.got, p[:n]...)
	return n, nil
}

func recovered(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

func tokens(sc *bufio.Scanner) string {
	var parts []string
	for sc.Scan() {
		parts = append(parts, fmt.Sprintf("%q", sc.Text()))
	}
	return strings.Join(parts, " ") + fmt.Sprintf(" | err=%v", sc.Err())
}

var inputs = []string{
	"", "\n", "a", "a\n", "a\r\n", "a\r", "\r\n\r\n", "a\nb", "a\n\nb\n", "  lead  trail  ",
	"x\u00a0y\u2003z\u3000w\u0085v", "a\xffb", "\xe2\x82", "日本\n語", "\ta b\r\n c\t",
}

func main() {
	splits := []struct {
		name string
		f    bufio.SplitFunc
	}{{"lines", bufio.ScanLines}, {"words", bufio.ScanWords}, {"runes", bufio.ScanRunes}, {"bytes", bufio.ScanBytes}}
	for _, in := range inputs {
		for _, sp := range splits {
			sc := bufio.NewScanner(strings.NewReader(in))
			sc.Split(sp.f)
			fmt.Printf("scan %s %q: %s\n", sp.name, in, tokens(sc))
		}
		sc := bufio.NewScanner(&oneByteReader{s: in})
		sc.Split(bufio.ScanRunes)
		fmt.Printf("scan onebyte runes %q: %s\n", in, tokens(sc))
	}
	sc := bufio.NewScanner(&oneByteReader{s: "one\r\ntwo\nthree"})
	fmt.Println("scan onebyte lines:", tokens(sc))

	// The split functions called directly.
	for _, in := range []string{"", "ab", "ab\ncd", "\xe2\x82", "\xe2\x82\xac!", "  w1 w2"} {
		for _, atEOF := range []bool{false, true} {
			if in == "" && !atEOF {
				continue
			}
			a1, t1, e1 := bufio.ScanLines([]byte(in), atEOF)
			a2, t2, e2 := bufio.ScanWords([]byte(in), atEOF)
			a3, t3, e3 := bufio.ScanRunes([]byte(in), atEOF)
			fmt.Printf("split %q %v: %d %q %v %v | %d %q %v %v | %d %q %v %v\n", in, atEOF,
				a1, t1, t1 == nil, e1, a2, t2, t2 == nil, e2, a3, t3, t3 == nil, e3)
		}
	}

	// Token size limits.
	sc = bufio.NewScanner(strings.NewReader("abc\nabcdefghij\nxy"))
	sc.Buffer(make([]byte, 0, 4), 8)
	fmt.Println("too long:", tokens(sc), sc.Err() == bufio.ErrTooLong)
	ok := strings.Repeat("x", bufio.MaxScanTokenSize-1) + "\n" + "tail"
	sc = bufio.NewScanner(strings.NewReader(ok))
	n := 0
	for sc.Scan() {
		n += len(sc.Text())
	}
	fmt.Println("max-1 line:", n, sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize) + "\nz\n"))
	fmt.Println("max line:", sc.Scan(), len(sc.Text()), sc.Err(), sc.Scan())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("w", 100000)))
	sc.Buffer(nil, 200000)
	fmt.Println("big buffer:", sc.Scan(), len(sc.Bytes()), sc.Err())

	// Bytes aliases the buffer: a later Scan overwrites an earlier token.
	sc = bufio.NewScanner(strings.NewReader("aaa\nbbb\nccc\n"))
	sc.Buffer(make([]byte, 0, 8), 8)
	sc.Scan()
	first := sc.Bytes()
	sc.Scan()
	second := sc.Bytes()
	sc.Scan()
	fmt.Printf("aliasing: %q %q %q %v\n", first, second, sc.Bytes(), sc.Scan())

	// Custom split functions.
	final := func(tok []byte) bufio.SplitFunc {
		return func(data []byte, atEOF bool) (int, []byte, error) {
			if len(data) > 0 && data[0] == '!' {
				return 1, tok, bufio.ErrFinalToken
			}
			return bufio.ScanBytes(data, atEOF)
		}
	}
	sc = bufio.NewScanner(strings.NewReader("ab!cd"))
	sc.Split(final([]byte("END")))
	fmt.Println("final token:", tokens(sc), sc.Scan())
	sc = bufio.NewScanner(strings.NewReader("ab!cd"))
	sc.Split(final(nil))
	fmt.Println("final nil:", tokens(sc))
	sc = bufio.NewScanner(strings.NewReader("ab!cd"))
	sc.Split(final([]byte{}))
	fmt.Println("final empty:", tokens(sc))
	custom := errors.New("custom split error")
	for _, adv := range []int{-1, 99} {
		sc = bufio.NewScanner(strings.NewReader("xyz"))
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return adv, data[:1], nil })
		fmt.Println("advance", adv, ":", tokens(sc))
	}
	sc = bufio.NewScanner(strings.NewReader("x y z"))
	calls := 0
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		calls++
		if calls == 3 {
			return 0, nil, custom
		}
		return bufio.ScanWords(data, atEOF)
	})
	fmt.Println("split error:", tokens(sc), sc.Err() == custom)
	sc = bufio.NewScanner(strings.NewReader(""))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
	fmt.Println("empty tokens:", recovered(func() {
		for sc.Scan() {
		}
	}))
	sc = bufio.NewScanner(&failReader{data: "p\nq"})
	fmt.Println("reader error:", tokens(sc))
	sc = bufio.NewScanner(strings.NewReader("a"))
	sc.Scan()
	fmt.Println("after scan:", recovered(func() { sc.Split(bufio.ScanWords) }), "|", recovered(func() { sc.Buffer(nil, 10) }))

	// Reader.
	rd := bufio.NewReaderSize(strings.NewReader("x"), 5)
	fmt.Println("reader size:", rd.Size(), bufio.NewReader(rd) == rd, bufio.NewReaderSize(rd, 17) == rd, bufio.NewReader(strings.NewReader("")).Size())
	long := "0123456789abcdefghijklmnopqrstuvwxyz\r\nshort\r\n" + strings.Repeat("-", 15) + "\r\nend"
	rd = bufio.NewReaderSize(strings.NewReader(long), 16)
	for {
		line, isPrefix, err := rd.ReadLine()
		fmt.Printf("ReadLine %q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}
	rd = bufio.NewReaderSize(strings.NewReader("0123456789abcdefghij;rest"), 16)
	line, err := rd.ReadSlice(';')
	fmt.Printf("ReadSlice %q %v buffered=%d\n", line, err, rd.Buffered())
	line, err = rd.ReadSlice(';')
	fmt.Printf("ReadSlice %q %v\n", line, err)
	line, err = rd.ReadSlice(';')
	fmt.Printf("ReadSlice %q %v\n", line, err)
	rd = bufio.NewReader(&oneByteReader{s: "h\xffé€😀"})
	for {
		r, size, err := rd.ReadRune()
		if err != nil {
			fmt.Println("ReadRune end:", r, size, err)
			break
		}
		fmt.Println("ReadRune", r, size)
	}
	rd = bufio.NewReader(strings.NewReader("héllo"))
	fmt.Println("UnreadByte at start:", rd.UnreadByte(), "UnreadRune at start:", rd.UnreadRune())
	c, _ := rd.ReadByte()
	fmt.Println("ReadByte", c, "UnreadRune", rd.UnreadRune(), "UnreadByte", rd.UnreadByte(), "UnreadByte again", rd.UnreadByte())
	r, size, _ := rd.ReadRune()
	r2, size2, _ := rd.ReadRune()
	fmt.Println("runes", r, size, r2, size2, "UnreadRune", rd.UnreadRune(), "UnreadRune again", rd.UnreadRune())
	_, err = rd.Peek(1)
	fmt.Println("peek then UnreadByte:", err, rd.UnreadByte())
	_, err = rd.Peek(-1)
	fmt.Println("Peek(-1):", err)
	d, err := rd.Discard(-1)
	fmt.Println("Discard(-1):", d, err)
	d, err = rd.Discard(100)
	fmt.Println("Discard(100):", d, err)
	rd = bufio.NewReaderSize(strings.NewReader(strings.Repeat("r", 40)), 16)
	small := make([]byte, 5)
	big := make([]byte, 20)
	n1, e1 := rd.Read(small)
	n2, e2 := rd.Read(big)
	n3, e3 := rd.Read(big)
	n4, e4 := rd.Read(big)
	n5, e5 := rd.Read(nil)
	fmt.Println("Read:", n1, e1, n2, e2, n3, e3, n4, e4, n5, e5, rd.UnreadByte())
	rd = bufio.NewReaderSize(strings.NewReader("written to a builder"), 16)
	rd.ReadByte()
	var sb strings.Builder
	wn, err := rd.WriteTo(&sb)
	fmt.Printf("WriteTo %d %v %q\n", wn, err, sb.String())
	rd.Reset(strings.NewReader("fresh"))
	s, err := rd.ReadString('x')
	fmt.Printf("after Reset %q %v size=%d\n", s, err, rd.Size())
	bs, err := bufio.NewReader(strings.NewReader("")).ReadBytes('\n')
	fmt.Println("ReadBytes empty:", bs == nil, len(bs), err)

	// Writer.
	var out strings.Builder
	w := bufio.NewWriterSize(&out, 0)
	fmt.Println("writer size:", w.Size(), bufio.NewWriterSize(&out, -5).Size(), bufio.NewWriter(w) == w, bufio.NewWriterSize(w, 5000) == w)
	w = bufio.NewWriterSize(&out, 8)
	ab := w.AvailableBuffer()
	fmt.Println("AvailableBuffer", len(ab), cap(ab))
	w.WriteString("abcdef")
	ab = w.AvailableBuffer()
	fmt.Println("AvailableBuffer", len(ab), cap(ab))
	n, err = w.WriteString("0123456789ABCDEFGHIJ")
	fmt.Printf("spill %d %v %q buffered=%d\n", n, err, out.String(), w.Buffered())
	n, err = w.Write([]byte("0123456789ABCDEFGHIJ"))
	fmt.Printf("spill %d %v %q buffered=%d\n", n, err, out.String(), w.Buffered())
	w.Flush()
	out.Reset()
	tiny := bufio.NewWriterSize(&out, 2)
	for _, r := range "aé€😀" {
		n, err := tiny.WriteRune(r)
		fmt.Printf("WriteRune %q %d %v %q buffered=%d\n", r, n, err, out.String(), tiny.Buffered())
	}
	tiny.WriteRune(-1)
	tiny.Flush()
	fmt.Printf("tiny %q\n", out.String())
	out.Reset()
	w = bufio.NewWriterSize(&out, 16)
	w.WriteString("head:")
	rn, err := w.ReadFrom(strings.NewReader(strings.Repeat("z", 40)))
	fmt.Printf("ReadFrom %d %v %q buffered=%d\n", rn, err, out.String(), w.Buffered())
	sw := &shortWriter{}
	w = bufio.NewWriterSize(sw, 4)
	n, err = w.WriteString("abcdefgh")
	fmt.Printf("short write %d %v %q buffered=%d\n", n, err, sw.got, w.Buffered())
	fmt.Println("short flush:", w.Flush(), w.Flush() == io.ErrShortWrite, w.WriteByte('x'))

	// fmt.Fscan* on readers: a *bufio.Reader and a *strings.Reader give the lookahead rune back
	// (io.RuneScanner); a plain reader loses it.
	var a, b int
	var word string
	br := bufio.NewReader(strings.NewReader("12 34\nword 56 rest"))
	fn1, ferr1 := fmt.Fscan(br, &a, &b)
	fn2, ferr2 := fmt.Fscanln(br, &word, &a)
	rest, _ := br.ReadString('\n')
	fmt.Printf("Fscan bufio: %d %v %d %v %q %d %q\n", fn1, ferr1, fn2, ferr2, word, a, rest)
	sr := strings.NewReader("7,8;9")
	fn1, ferr1 = fmt.Fscanf(sr, "%d,", &a)
	fn2, ferr2 = fmt.Fscanf(sr, "%d;%d", &b, &a)
	fmt.Println("Fscanf strings:", fn1, ferr1, fn2, ferr2, a, b, sr.Len())
	ob := &oneByteReader{s: "5 6 7"}
	fmt.Fscan(ob, &a)
	fmt.Fscan(ob, &b)
	fmt.Println("Fscan plain:", a, b, ob.i)
	fn1, ferr1 = fmt.Fscan(strings.NewReader(" "), &a)
	fmt.Println("Fscan empty:", fn1, ferr1)
	rs := strings.NewReader("aé")
	u0 := rs.UnreadRune()
	k1, _ := rs.ReadByte()
	u1 := rs.UnreadRune()
	u2 := rs.UnreadByte()
	q1, z1, _ := rs.ReadRune()
	q2, z2, _ := rs.ReadRune()
	u3 := rs.UnreadRune()
	q3, z3, u4 := rs.ReadRune()
	q4, z4, u5 := rs.ReadRune()
	fmt.Println("strings.Reader runes:", u0, "|", k1, u1, "|", u2, q1, z1, q2, z2, u3, q3, z3, u4, q4, z4, u5, rs.Len())
}
