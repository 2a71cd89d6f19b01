//! Reading stored JSON, the same way on every target.
//!
//! A small parser into a tree of values, which each record's reader walks by field name. Its
//! error carries no message: a record either reads or is unreadable (and kept aside), and
//! nobody reads why. That keeps serde's error formatting (and with it float formatting) out
//! of the wasm, and reading by hand compiles to far less than serde's derived visitors (the
//! records are still written through serde). Numbers are whole numbers: no record stores
//! another.

/// The text is not JSON, or not the record asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreadable;

/// A parsed JSON value. Numbers keep their text until a field asks for a whole number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// Far deeper than any record nests (a newer schema's too, so its `schema` can still be read);
/// deeper text is refused instead of exhausting the stack.
const MAX_DEPTH: usize = 128;

/// Parse `text` as one JSON value.
pub fn parse(text: &str) -> Result<Value, Unreadable> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = parser.value(0)?;
    parser.skip_space();
    if parser.at != parser.bytes.len() {
        return Err(Unreadable);
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn next(&mut self) -> Result<u8, Unreadable> {
        let byte = *self.bytes.get(self.at).ok_or(Unreadable)?;
        self.at += 1;
        Ok(byte)
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Unreadable> {
        let end = self.at + word.len();
        if self.bytes.get(self.at..end) != Some(word.as_bytes()) {
            return Err(Unreadable);
        }
        self.at = end;
        Ok(value)
    }

    fn value(&mut self, depth: usize) -> Result<Value, Unreadable> {
        if depth > MAX_DEPTH {
            return Err(Unreadable);
        }
        self.skip_space();
        match self.bytes.get(self.at).ok_or(Unreadable)? {
            b'n' => self.literal("null", Value::Null),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.close(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.separator(b']')? {
                            break;
                        }
                    }
                }
                Ok(Value::Array(items))
            }
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                if !self.close(b'}') {
                    loop {
                        self.skip_space();
                        let key = self.string()?;
                        self.skip_space();
                        if self.next()? != b':' {
                            return Err(Unreadable);
                        }
                        fields.push((key, self.value(depth + 1)?));
                        if self.separator(b'}')? {
                            break;
                        }
                    }
                }
                Ok(Value::Object(fields))
            }
            b'-' | b'0'..=b'9' => Ok(Value::Number(self.number())),
            _ => Err(Unreadable),
        }
    }

    /// Whether the container closes here (consumed if so).
    fn close(&mut self, end: u8) -> bool {
        self.skip_space();
        let closes = self.bytes.get(self.at) == Some(&end);
        self.at += usize::from(closes);
        closes
    }

    /// After an item: `,` (more follow) or the container's end (returns true).
    fn separator(&mut self, end: u8) -> Result<bool, Unreadable> {
        self.skip_space();
        match self.next()? {
            b',' => Ok(false),
            b if b == end => Ok(true),
            _ => Err(Unreadable),
        }
    }

    fn number(&mut self) -> String {
        let start = self.at;
        while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') = self.bytes.get(self.at) {
            self.at += 1;
        }
        String::from_utf8_lossy(&self.bytes[start..self.at]).into_owned()
    }

    fn string(&mut self) -> Result<String, Unreadable> {
        if self.next()? != b'"' {
            return Err(Unreadable);
        }
        let mut out = Vec::new();
        loop {
            match self.next()? {
                b'"' => return String::from_utf8(out).map_err(|_| Unreadable),
                b'\\' => {
                    let c = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return Err(Unreadable),
                    };
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                byte if byte < 0x20 => return Err(Unreadable),
                byte => out.push(byte),
            }
        }
    }

    /// The character of a `\uXXXX` escape (the `\u` read), joining a surrogate pair. A lone
    /// surrogate (which JavaScript strings may hold) becomes U+FFFD, as a browser decodes it.
    fn escaped_char(&mut self) -> Result<char, Unreadable> {
        let first = self.hex4()?;
        if !(0xD800..=0xDBFF).contains(&first) {
            return Ok(char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
        let pair = self.bytes.get(self.at..self.at + 2) == Some(b"\\u");
        let rewind = self.at;
        if pair {
            self.at += 2;
            let low = self.hex4()?;
            if (0xDC00..=0xDFFF).contains(&low) {
                let code = 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            // Not a low surrogate: read that escape on its own next.
            self.at = rewind;
        }
        Ok(char::REPLACEMENT_CHARACTER)
    }

    fn hex4(&mut self) -> Result<u32, Unreadable> {
        (0..4).try_fold(0, |code, _| {
            let digit = char::from(self.next()?).to_digit(16).ok_or(Unreadable)?;
            Ok(code * 16 + digit)
        })
    }
}

impl Value {
    /// The value of an object's field. A name given twice has no one value: it reads as
    /// missing, and a required field that is missing makes the record unreadable.
    pub fn field(&self, name: &str) -> Option<&Value> {
        let Value::Object(fields) = self else {
            return None;
        };
        let mut named = fields.iter().filter(|(n, _)| n == name).map(|(_, v)| v);
        match (named.next(), named.next()) {
            (Some(value), None) => Some(value),
            _ => None,
        }
    }

    /// An optional field, read by `read`: `Some(None)` when it is missing or null, `None` when
    /// it is there but `read` refuses it.
    pub fn optional<T>(&self, name: &str, read: impl Fn(&Value) -> Option<T>) -> Option<Option<T>> {
        let Value::Object(fields) = self else {
            return None;
        };
        if !fields.iter().any(|(n, _)| n == name) {
            return Some(None);
        }
        match self.field(name)? {
            Value::Null => Some(None),
            value => read(value).map(Some),
        }
    }

    /// The text of an object's field, owned.
    pub fn string(&self, name: &str) -> Option<String> {
        Some(self.field(name)?.text()?.to_string())
    }

    /// A whole number that fits 32 bits (a schema number, a plan length).
    pub fn whole_u32(&self) -> Option<u32> {
        u32::try_from(self.whole()?).ok()
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number that is not negative; fractions and exponents are refused.
    pub fn whole(&self) -> Option<u64> {
        match self {
            Value::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    pub fn flag(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn items(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }
}
