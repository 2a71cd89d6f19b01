//! Writing the records' serde types as JSON text, the same way on every target.
//!
//! A small serde serializer of our own for the shapes records use (structs, lists, strings,
//! whole numbers, booleans, options); anything else is refused, never written lossily.

use std::fmt::{self, Write};

use serde::ser::{self, Serialize};

/// A value no record holds (a float, a map, an enum) was asked to be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unwritable;

impl fmt::Display for Unwritable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a record value")
    }
}

impl std::error::Error for Unwritable {}

impl ser::Error for Unwritable {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unwritable
    }
}

/// The JSON text of `value`.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, Unwritable> {
    let mut writer = Writer(String::new());
    value.serialize(&mut writer)?;
    Ok(writer.0)
}

struct Writer(String);

impl Writer {
    fn string(&mut self, text: &str) {
        self.0.push('"');
        for c in text.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\t' => self.0.push_str("\\t"),
                c if u32::from(c) < 0x20 => {
                    // Writing to a String cannot fail.
                    let _ = write!(self.0, "\\u{:04x}", u32::from(c));
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    fn whole(&mut self, n: u64) {
        let _ = write!(self.0, "{n}");
    }
}

type Done = Result<(), Unwritable>;

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Unwritable;
    type SerializeSeq = List<'a>;
    type SerializeTuple = ser::Impossible<(), Unwritable>;
    type SerializeTupleStruct = ser::Impossible<(), Unwritable>;
    type SerializeTupleVariant = ser::Impossible<(), Unwritable>;
    type SerializeMap = ser::Impossible<(), Unwritable>;
    type SerializeStruct = List<'a>;
    type SerializeStructVariant = ser::Impossible<(), Unwritable>;

    fn serialize_bool(self, v: bool) -> Done {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Done {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Done {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Done {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Done {
        self.whole(v);
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Done {
        self.string(v);
        Ok(())
    }
    fn serialize_none(self) -> Done {
        self.0.push_str("null");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Done {
        self.serialize_none()
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<List<'a>, Unwritable> {
        self.0.push('[');
        Ok(List {
            writer: self,
            first: true,
        })
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<List<'a>, Unwritable> {
        self.0.push('{');
        Ok(List {
            writer: self,
            first: true,
        })
    }

    // No record holds any of these.
    fn serialize_i8(self, _: i8) -> Done {
        Err(Unwritable)
    }
    fn serialize_i16(self, _: i16) -> Done {
        Err(Unwritable)
    }
    fn serialize_i32(self, _: i32) -> Done {
        Err(Unwritable)
    }
    fn serialize_i64(self, _: i64) -> Done {
        Err(Unwritable)
    }
    fn serialize_f32(self, _: f32) -> Done {
        Err(Unwritable)
    }
    fn serialize_f64(self, _: f64) -> Done {
        Err(Unwritable)
    }
    fn serialize_char(self, _: char) -> Done {
        Err(Unwritable)
    }
    fn serialize_bytes(self, _: &[u8]) -> Done {
        Err(Unwritable)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        Err(Unwritable)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Done {
        Err(Unwritable)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, _: &T) -> Done {
        Err(Unwritable)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Done {
        Err(Unwritable)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unwritable> {
        Err(Unwritable)
    }
}

/// The items of a list or the fields of a struct, comma-separated.
struct List<'a> {
    writer: &'a mut Writer,
    first: bool,
}

impl List<'_> {
    fn comma(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.writer.0.push(',');
        }
    }
}

impl ser::SerializeSeq for List<'_> {
    type Ok = ();
    type Error = Unwritable;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
        self.comma();
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Done {
        self.writer.0.push(']');
        Ok(())
    }
}

impl ser::SerializeStruct for List<'_> {
    type Ok = ();
    type Error = Unwritable;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Done {
        self.comma();
        self.writer.string(key);
        self.writer.0.push(':');
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Done {
        self.writer.0.push('}');
        Ok(())
    }
}
