//! `json.Valid`: whether bytes are one JSON value (with surrounding whitespace), checked with
//! an explicit stack like Go's `scanner.go`, so deep nesting cannot overflow the Rust stack.

/// Go's `maxNestingDepth`: deeper input is invalid.
const MAX_DEPTH: usize = 10000;

/// Go's `json.Valid(data)`.
pub fn valid(data: &crate::Slice<u8>) -> bool {
    valid_bytes(&data.to_vec())
}

fn valid_bytes(b: &[u8]) -> bool {
    let mut p = Parser { b, i: 0 };
    p.ws();
    if !p.value() {
        return false;
    }
    p.ws();
    p.i == b.len()
}

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// One value; containers are walked with `stack` (`{` or `[` per open level).
    fn value(&mut self) -> bool {
        let mut stack: Vec<u8> = Vec::new();
        loop {
            // A value is expected here.
            self.ws();
            match self.peek() {
                Some(c @ (b'{' | b'[')) => {
                    self.i += 1;
                    stack.push(c);
                    if stack.len() > MAX_DEPTH {
                        return false;
                    }
                    self.ws();
                    let close = if c == b'{' { b'}' } else { b']' };
                    if self.eat(close) {
                        stack.pop();
                    } else {
                        if c == b'{' && !self.key() {
                            return false;
                        }
                        continue;
                    }
                }
                Some(b'"') => {
                    if !self.string() {
                        return false;
                    }
                }
                Some(b'-' | b'0'..=b'9') => {
                    if !self.number() {
                        return false;
                    }
                }
                Some(b't') => {
                    if !self.lit(b"true") {
                        return false;
                    }
                }
                Some(b'f') => {
                    if !self.lit(b"false") {
                        return false;
                    }
                }
                Some(b'n') => {
                    if !self.lit(b"null") {
                        return false;
                    }
                }
                _ => return false,
            }
            // After a value: close containers or move to the next element.
            loop {
                let Some(&top) = stack.last() else { return true };
                self.ws();
                if self.eat(b',') {
                    if top == b'{' {
                        self.ws();
                        if !self.key() {
                            return false;
                        }
                    }
                    break;
                }
                if !self.eat(if top == b'{' { b'}' } else { b']' }) {
                    return false;
                }
                stack.pop();
            }
        }
    }

    /// `"key" :` inside an object.
    fn key(&mut self) -> bool {
        if self.peek() != Some(b'"') || !self.string() {
            return false;
        }
        self.ws();
        self.eat(b':')
    }

    fn lit(&mut self, word: &[u8]) -> bool {
        if self.b[self.i..].starts_with(word) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    fn string(&mut self) -> bool {
        self.i += 1;
        loop {
            let Some(c) = self.peek() else { return false };
            self.i += 1;
            match c {
                b'"' => return true,
                b'\\' => match self.peek() {
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.i += 1,
                    Some(b'u') => {
                        self.i += 1;
                        for _ in 0..4 {
                            if !self.peek().is_some_and(|h| h.is_ascii_hexdigit()) {
                                return false;
                            }
                            self.i += 1;
                        }
                    }
                    _ => return false,
                },
                c if c < 0x20 => return false,
                _ => {}
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> bool {
        self.eat(b'-');
        if !self.eat(b'0') && (!self.peek().is_some_and(|c| (b'1'..=b'9').contains(&c)) || self.digits() == 0) {
            return false;
        }
        if self.eat(b'.') && self.digits() == 0 {
            return false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return false;
            }
        }
        true
    }
}
