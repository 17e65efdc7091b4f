//! Go's `hex.DecodeString`, including its exact error texts, which pocket-core puts into some
//! relay error messages (code 52: "the hex string could not be decoded: <go error>").

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoHexError {
    /// `encoding/hex: invalid byte: U+0078 'x'`
    InvalidByte(u8),
    /// `encoding/hex: odd length hex string`
    OddLength,
}

impl fmt::Display for GoHexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            // Go formats the byte as a rune with %#U: "U+0078 'x'", or just "U+0000" when the
            // rune is not printable.
            GoHexError::InvalidByte(b) => {
                write!(f, "encoding/hex: invalid byte: U+{b:04X}")?;
                if is_go_printable(b) {
                    write!(f, " '{}'", b as char)?;
                }
                Ok(())
            }
            GoHexError::OddLength => f.write_str("encoding/hex: odd length hex string"),
        }
    }
}

/// `strconv.IsPrint` for the code points U+0000..=U+00FF.
fn is_go_printable(b: u8) -> bool {
    matches!(b, 0x20..=0x7E | 0xA1..=0xAC | 0xAE..=0xFF)
}

fn nibble(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes hex exactly as Go does: either case, and an invalid character is reported before an
/// odd length.
pub fn decode(s: &str) -> Result<Vec<u8>, GoHexError> {
    let src = s.as_bytes();
    let mut out = Vec::with_capacity(src.len() / 2);
    for pair in src.chunks(2) {
        let hi = nibble(pair[0]).ok_or(GoHexError::InvalidByte(pair[0]))?;
        let Some(&lo_byte) = pair.get(1) else {
            return Err(GoHexError::OddLength);
        };
        let lo = nibble(lo_byte).ok_or(GoHexError::InvalidByte(lo_byte))?;
        out.push(hi << 4 | lo);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_both_cases() {
        assert_eq!(decode("00aAfF").unwrap(), vec![0x00, 0xAA, 0xFF]);
        assert_eq!(decode("").unwrap(), Vec::<u8>::new());
    }

    #[test]
    fn error_texts_match_go() {
        assert_eq!(decode("0x").unwrap_err().to_string(), "encoding/hex: invalid byte: U+0078 'x'");
        assert_eq!(decode("abc").unwrap_err().to_string(), "encoding/hex: odd length hex string");
        // An invalid trailing character wins over the odd length.
        assert_eq!(decode("abz").unwrap_err().to_string(), "encoding/hex: invalid byte: U+007A 'z'");
        assert_eq!(decode("0\u{0}").unwrap_err().to_string(), "encoding/hex: invalid byte: U+0000");
        // A multi-byte character is reported byte by byte, as Go does.
        assert_eq!(decode("é0").unwrap_err().to_string(), "encoding/hex: invalid byte: U+00C3 'Ã'");
    }
}
