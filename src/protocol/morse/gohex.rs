//! Go's `hex.DecodeString`, including its exact error texts, which pocket-core puts into some
//! relay error messages (code 52: "the hex string could not be decoded: <go error>"), and
//! `hex.EncodeToString`.

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

/// Each byte's value as a hex digit, or `NOT_HEX` (Go's `reverseHexTable`).
const NOT_HEX: u8 = 0xFF;
static NIBBLE: [u8; 256] = nibble_table();

const fn nibble_table() -> [u8; 256] {
    let mut table = [NOT_HEX; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        table[b'a' as usize + i] = 10 + i as u8;
        table[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    table
}

/// Lowercase hex, as Go's `hex.EncodeToString` writes it. (The `hex` crate's `encode` collects
/// one `char` at a time, about 50 instructions a byte; a node hex-encodes three hashes and a
/// signature per relay.)
pub fn encode(bytes: &[u8]) -> String {
    let mut out = vec![0u8; bytes.len() * 2];
    // The buffer is twice the input's length, so this cannot fail.
    let _ = hex::encode_to_slice(bytes, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Decodes hex exactly as Go does: either case, and an invalid character is reported before an
/// odd length. (Signatures and keys are decoded on every relay: one table lookup per digit.)
pub fn decode(s: &str) -> Result<Vec<u8>, GoHexError> {
    let src = s.as_bytes();
    let mut out = vec![0u8; src.len() / 2];
    let pairs = src.chunks_exact(2);
    let odd = pairs.remainder();
    for (byte, pair) in out.iter_mut().zip(pairs) {
        let (hi, lo) = (NIBBLE[pair[0] as usize], NIBBLE[pair[1] as usize]);
        if (hi | lo) > 0x0F {
            let bad = if hi > 0x0F { pair[0] } else { pair[1] };
            return Err(GoHexError::InvalidByte(bad));
        }
        *byte = hi << 4 | lo;
    }
    match odd {
        [] => Ok(out),
        [b, ..] if NIBBLE[*b as usize] > 0x0F => Err(GoHexError::InvalidByte(*b)),
        _ => Err(GoHexError::OddLength),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_both_cases() {
        assert_eq!(decode("00aAfF").unwrap(), vec![0x00, 0xAA, 0xFF]);
        assert_eq!(decode("").unwrap(), Vec::<u8>::new());
        // Every ASCII byte, as the first and the second digit of a pair (a byte above 0x7F
        // cannot stand alone in a `&str`; `error_texts_match_go` has a multi-byte character).
        for b in 0..=0x7Fu8 {
            let want = (b as char).to_digit(16).map(|d| d as u8);
            let pair = |pair: [u8; 2]| decode(std::str::from_utf8(&pair).unwrap()).ok();
            assert_eq!(pair([b, b'1']), want.map(|d| vec![d << 4 | 1]), "{b:#04x} first");
            assert_eq!(pair([b'1', b]), want.map(|d| vec![0x10 | d]), "{b:#04x} second");
        }
    }

    #[test]
    fn encodes_lowercase_like_go() {
        assert_eq!(encode(&[]), "");
        assert_eq!(encode(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
        let every: Vec<u8> = (0..=255).collect();
        let text = encode(&every);
        assert_eq!(text.len(), 512);
        assert_eq!(decode(&text).unwrap(), every);
        assert_eq!(text, text.to_ascii_lowercase());
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
