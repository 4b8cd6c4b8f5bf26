//! Go's `text/tabwriter`: an `io.Writer` filter that aligns tab-terminated cells of adjacent
//! lines into columns (Go's "elastic tabstops"). Written from the package's documented
//! algorithm so the output is byte-identical to Go's:
//!
//! - text is split into cells at `\t`, `\v`, `\n` and `\f`; a line's last cell (the text before
//!   the newline) belongs to no column;
//! - a column is a block of consecutive lines that all have a cell at that index; its width is
//!   the widest cell plus `padding` (at least `minwidth`), counted in runes;
//! - buffered lines are formatted and written when a line ends with a single cell (it cannot
//!   affect later lines), on `\f`, and on `Flush`;
//! - an escaped sequence (`\xff…\xff`) and, with `FilterHTML`, an HTML tag (`<…>`, zero width)
//!   or entity (`&…;`, width one) are passed through whole.
//!
//! A write error of the underlying writer stops the formatting and is returned by `Write` or
//! `Flush`, as Go's panic-and-recover inside the package does.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::value::{Error, Iface, Slice};

/// `tabwriter.FilterHTML`: HTML tags have width 0, entities width 1.
pub const FILTER_HTML: u64 = 1;
/// `tabwriter.StripEscape`: drop the `Escape` bytes around escaped text.
pub const STRIP_ESCAPE: u64 = 2;
/// `tabwriter.AlignRight`: pad cells on the left.
pub const ALIGN_RIGHT: u64 = 4;
/// `tabwriter.DiscardEmptyColumns`: columns of only empty, `\v`-terminated cells get width 0.
pub const DISCARD_EMPTY_COLUMNS: u64 = 8;
/// `tabwriter.TabIndent`: leading empty cells are padded with tabs whatever the padchar.
pub const TAB_INDENT: u64 = 16;
/// `tabwriter.Debug`: a `|` between columns, `---` at a `\f` section break.
pub const DEBUG: u64 = 32;
/// `tabwriter.Escape`: brackets text that is passed through as one unit.
pub const ESCAPE: i32 = 0xff;

const ESC: u8 = 0xff;
const TABS: &[u8] = b"\t\t\t\t\t\t\t\t";

/// Go's `*tabwriter.Writer` (a handle: `Clone` shares the state). The zero value is usable
/// after `Init`, as in Go.
#[derive(Clone, Default)]
pub struct Writer {
    inner: Arc<Mutex<State>>,
}

/// One cell of a line: `size` bytes of the buffer, `width` runes wide; `htab` when it was
/// terminated by `\t` (a `\v`-terminated empty cell is "soft" and may be discarded).
#[derive(Clone, Copy, Default)]
struct Cell {
    size: usize,
    width: usize,
    htab: bool,
}

#[derive(Default)]
struct State {
    output: Iface<dyn crate::io::Writer>,
    minwidth: usize,
    tabwidth: usize,
    padding: usize,
    padbytes: [u8; 8],
    flags: u64,
    /// Text of the buffered cells, back to back.
    buf: Vec<u8>,
    /// End of the part of `buf` whose width is already counted in `cell`.
    pos: usize,
    /// The cell being filled.
    cell: Cell,
    /// The byte that ends the escape being read (0: not in an escape).
    end_char: u8,
    /// The buffered lines; the last one is being filled.
    lines: Vec<Vec<Cell>>,
    /// Widths of the columns to the left of the one being formatted.
    widths: Vec<usize>,
}

/// `tabwriter.NewWriter(output, minwidth, tabwidth, padding, padchar, flags)`.
pub fn new_writer(output: &Iface<dyn crate::io::Writer>, minwidth: i64, tabwidth: i64, padding: i64, padchar: u8, flags: u64) -> Writer {
    Writer::default().init(output, minwidth, tabwidth, padding, padchar, flags)
}

impl Writer {
    /// `b.Init(output, minwidth, tabwidth, padding, padchar, flags)`: resets the writer
    /// (buffered text is dropped) and returns it. Go panics on negative sizes.
    pub fn init(&self, output: &Iface<dyn crate::io::Writer>, minwidth: i64, tabwidth: i64, padding: i64, padchar: u8, flags: u64) -> Writer {
        if minwidth < 0 || tabwidth < 0 || padding < 0 {
            crate::go_panic(crate::value::Any::from_value(crate::value::Str::lit("negative minwidth, tabwidth, or padding")));
        }
        let mut st = self.inner.lock();
        st.output = output.clone();
        st.minwidth = minwidth as usize;
        st.tabwidth = tabwidth as usize;
        st.padding = padding as usize;
        st.padbytes = [padchar; 8];
        // Tab padding enforces left-alignment.
        st.flags = if padchar == b'\t' { flags & !ALIGN_RIGHT } else { flags };
        st.reset();
        drop(st);
        self.clone()
    }

    /// `b.Flush()`: formats and writes everything buffered; call it after the last `Write`.
    pub fn flush(&self) -> Error {
        match self.inner.lock().flush() {
            Ok(()) => Error::nil(),
            Err(e) => e,
        }
    }

    /// `b.Write(p)`.
    pub fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.write_raw(&p.to_vec())
    }

    fn write_raw(&self, p: &[u8]) -> (i64, Error) {
        match self.inner.lock().write(p) {
            Ok(()) => (p.len() as i64, Error::nil()),
            Err((n, e)) => (n as i64, e),
        }
    }
}

impl State {
    fn reset(&mut self) {
        self.buf.clear();
        self.pos = 0;
        self.cell = Cell::default();
        self.end_char = 0;
        self.lines.clear();
        self.widths.clear();
        self.lines.push(Vec::new());
    }

    /// Appends text to the current cell.
    fn append(&mut self, text: &[u8]) {
        self.buf.extend_from_slice(text);
        self.cell.size += text.len();
    }

    /// Counts the runes appended since the last update into the cell's width.
    fn update_width(&mut self) {
        self.cell.width += crate::utf8::count(&self.buf[self.pos..]);
        self.pos = self.buf.len();
    }

    /// Ends the current cell; returns the number of cells in the line.
    fn terminate_cell(&mut self, htab: bool) -> usize {
        self.cell.htab = htab;
        let cell = std::mem::take(&mut self.cell);
        let line = self.lines.last_mut().expect("there is always a current line");
        line.push(cell);
        line.len()
    }

    fn start_escape(&mut self, ch: u8) {
        self.end_char = match ch {
            ESC => ESC,
            b'<' => b'>',
            _ => b';',
        };
    }

    /// Ends an escape: escaped text counts without its two `Escape` bytes (when they are
    /// kept), a tag as zero wide, an entity as one rune.
    fn end_escape(&mut self) {
        match self.end_char {
            ESC => {
                self.update_width();
                if self.flags & STRIP_ESCAPE == 0 {
                    self.cell.width -= 2;
                }
            }
            b';' => self.cell.width += 1,
            _ => {}
        }
        self.pos = self.buf.len();
        self.end_char = 0;
    }

    /// Go's `Write`: on an output error, the bytes of `p` consumed so far and the error.
    fn write(&mut self, p: &[u8]) -> Result<(), (usize, Error)> {
        let mut n = 0;
        for (i, &ch) in p.iter().enumerate() {
            if self.end_char == 0 {
                match ch {
                    b'\t' | b'\x0b' | b'\n' | b'\x0c' => {
                        self.append(&p[n..i]);
                        self.update_width();
                        n = i + 1;
                        let ncells = self.terminate_cell(ch == b'\t');
                        if ch == b'\n' || ch == b'\x0c' {
                            self.lines.push(Vec::new());
                            // A line of one cell does not affect the columns of later lines
                            // (a line's last cell is in no column): what is buffered can go.
                            if ch == b'\x0c' || ncells == 1 {
                                self.flush().map_err(|e| (n, e))?;
                                if ch == b'\x0c' && self.flags & DEBUG != 0 {
                                    self.write0(b"---\n").map_err(|e| (n, e))?;
                                }
                            }
                        }
                    }
                    ESC => {
                        self.append(&p[n..i]);
                        self.update_width();
                        n = i;
                        if self.flags & STRIP_ESCAPE != 0 {
                            n += 1;
                        }
                        self.start_escape(ESC);
                    }
                    b'<' | b'&' if self.flags & FILTER_HTML != 0 => {
                        self.append(&p[n..i]);
                        self.update_width();
                        n = i;
                        self.start_escape(ch);
                    }
                    _ => {}
                }
            } else if ch == self.end_char {
                let j = if ch == ESC && self.flags & STRIP_ESCAPE != 0 { i } else { i + 1 };
                self.append(&p[n..j]);
                n = i + 1;
                self.end_escape();
            }
        }
        self.append(&p[n..]);
        Ok(())
    }

    /// Ends the pending cell, writes every buffered line, and starts over.
    fn flush(&mut self) -> Result<(), Error> {
        if self.cell.size > 0 {
            if self.end_char != 0 {
                // An escape still open at a flush ends here.
                self.end_escape();
            }
            self.terminate_cell(false);
        }
        let nlines = self.lines.len();
        self.format(0, 0, nlines)?;
        self.reset();
        Ok(())
    }

    /// Formats lines `line0..line1` starting at byte `pos0` of the buffer, column by column:
    /// each block of lines that have a cell in the next column fixes that column's width, and
    /// the columns to its right are formatted within the block.
    fn format(&mut self, pos0: usize, mut line0: usize, line1: usize) -> Result<usize, Error> {
        let mut pos = pos0;
        let column = self.widths.len();
        let mut this = line0;
        while this < line1 {
            if column + 1 >= self.lines[this].len() {
                this += 1;
                continue;
            }
            // This line has a cell in `column`: print the lines before it, then find the
            // block of lines that share the column.
            pos = self.write_lines(pos, line0, this)?;
            line0 = this;
            let mut width = self.minwidth;
            let mut discardable = true;
            while this < line1 {
                let line = &self.lines[this];
                if column + 1 >= line.len() {
                    break;
                }
                let c = line[column];
                width = width.max(c.width + self.padding);
                if c.width > 0 || c.htab {
                    discardable = false;
                }
                this += 1;
            }
            if discardable && self.flags & DISCARD_EMPTY_COLUMNS != 0 {
                width = 0;
            }
            self.widths.push(width);
            pos = self.format(pos, line0, this)?;
            self.widths.pop();
            line0 = this;
        }
        self.write_lines(pos, line0, line1)
    }

    fn write_lines(&mut self, mut pos: usize, line0: usize, line1: usize) -> Result<usize, Error> {
        for i in line0..line1 {
            // With TabIndent, leading empty cells are padded with tabs.
            let mut use_tabs = self.flags & TAB_INDENT != 0;
            for j in 0..self.lines[i].len() {
                let c = self.lines[i][j];
                if j > 0 && self.flags & DEBUG != 0 {
                    self.write0(b"|")?;
                }
                let width = self.widths.get(j).copied();
                if c.size == 0 {
                    if let Some(w) = width {
                        self.write_padding(c.width, w, use_tabs)?;
                    }
                } else {
                    use_tabs = false;
                    if self.flags & ALIGN_RIGHT == 0 {
                        self.write_buf(pos, c.size)?;
                        pos += c.size;
                        if let Some(w) = width {
                            self.write_padding(c.width, w, false)?;
                        }
                    } else {
                        if let Some(w) = width {
                            self.write_padding(c.width, w, false)?;
                        }
                        self.write_buf(pos, c.size)?;
                        pos += c.size;
                    }
                }
            }
            if i + 1 == self.lines.len() {
                // The last buffered line has no newline yet: write the text of its open cell.
                let size = self.cell.size;
                self.write_buf(pos, size)?;
                pos += size;
            } else {
                self.write0(b"\n")?;
            }
        }
        Ok(pos)
    }

    fn write_padding(&mut self, textw: usize, cellw: usize, use_tabs: bool) -> Result<(), Error> {
        if self.padbytes[0] == b'\t' || use_tabs {
            if self.tabwidth == 0 {
                // Tabs have no width: no padding is possible.
                return Ok(());
            }
            // Round the cell up to a multiple of the tab width.
            let cellw = cellw.div_ceil(self.tabwidth) * self.tabwidth;
            let n = cellw.checked_sub(textw).expect("tabwriter: a cell is wider than its column");
            return self.write_n(TABS, n.div_ceil(self.tabwidth));
        }
        let pad = self.padbytes;
        self.write_n(&pad, cellw - textw)
    }

    /// Writes `n` bytes of `src` repeated, in writes of at most `src.len()` bytes, as Go does.
    fn write_n(&mut self, src: &[u8], mut n: usize) -> Result<(), Error> {
        while n > src.len() {
            self.write0(src)?;
            n -= src.len();
        }
        self.write0(&src[..n])
    }

    fn write_buf(&mut self, pos: usize, size: usize) -> Result<(), Error> {
        let text = self.buf[pos..pos + size].to_vec();
        self.write0(&text)
    }

    fn write0(&mut self, b: &[u8]) -> Result<(), Error> {
        let (n, err) = crate::io::Writer::write_bytes(&self.output, b);
        if !err.is_nil() {
            return Err(err);
        }
        if n != b.len() as i64 {
            return Err(crate::io::err_short_write());
        }
        Ok(())
    }
}

#[allow(non_snake_case)]
impl crate::io::Writer for Writer {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.write(p)
    }
    fn write_bytes(&self, b: &[u8]) -> (i64, Error) {
        self.write_raw(b)
    }
}

impl PartialEq for Writer {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

crate::value::ptr_handle_value!(Writer, "*tabwriter.Writer");
