//! The base64 and hex codecs of ECMA-262 §23.3.3 (FromBase64, FromHex) and the RFC 4648
//! encoders that `toBase64` and `toHex` use. Pure functions over UTF-16 code units and bytes,
//! shared by the Uint8Array built-ins (`builtins::typed_array::base64`) and the host's
//! `atob`/`btoa`: HTML's forgiving-base64 decode accepts and rejects exactly the strings
//! FromBase64 accepts and rejects with the standard alphabet and the "loose" last chunk
//! (the unit test `forgiving_base64_is_loose_from_base64` checks this on many inputs).

/// The `alphabet` option: RFC 4648 §4 (`+`, `/`) or §5 (`-`, `_`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alphabet {
    Base64,
    Base64Url,
}

/// The `lastChunkHandling` option of FromBase64.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LastChunkHandling {
    Loose,
    Strict,
    StopBeforePartial,
}

/// Why a decode failed (each is a SyntaxError; the kind picks V8's message).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A character outside the alphabet, misplaced or malformed padding, or data after it.
    InvalidCharacter,
    /// The input ends inside a chunk that cannot be decoded ("strict", or one lone character).
    IncompleteChunk,
    /// "strict": the padded final chunk has non-zero bits past its last byte.
    NonZeroPaddingBits,
    /// FromHex: an odd number of characters.
    OddHexLength,
    /// FromHex: a character that is not a hexadecimal digit.
    InvalidHexCharacter,
}

/// The Record FromBase64 and FromHex return: [[Read]] code units, the [[Bytes]] decoded so
/// far, and [[Error]].
#[derive(Debug, Default, PartialEq, Eq)]
pub struct DecodeResult {
    pub read: usize,
    pub bytes: Vec<u8>,
    pub error: Option<DecodeError>,
}

impl DecodeResult {
    fn fail(mut self, e: DecodeError) -> DecodeResult {
        self.error = Some(e);
        self
    }
}

const STANDARD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL_SAFE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// SkipAsciiWhitespace (ECMA-262 §23.3.3.4): TAB, LF, FF, CR and SPACE (the same set as
/// the Infra standard's ASCII whitespace that forgiving-base64 strips).
fn skip_ascii_whitespace(string: &[u16], mut index: usize) -> usize {
    while let Some(&c) = string.get(index) {
        if !matches!(c, 0x09 | 0x0A | 0x0C | 0x0D | 0x20) {
            break;
        }
        index += 1;
    }
    index
}

/// The 6-bit value of a character of `alphabet`, if it is one.
fn sextet(c: u16, alphabet: Alphabet) -> Option<u8> {
    let v = match c {
        0x41..=0x5A => c - 0x41,
        0x61..=0x7A => c - 0x61 + 26,
        0x30..=0x39 => c - 0x30 + 52,
        0x2B if alphabet == Alphabet::Base64 => 62,
        0x2F if alphabet == Alphabet::Base64 => 63,
        0x2D if alphabet == Alphabet::Base64Url => 62,
        0x5F if alphabet == Alphabet::Base64Url => 63,
        _ => return None,
    };
    Some(v as u8)
}

/// The three bytes four sextets encode (DecodeFullLengthBase64Chunk, ECMA-262 §23.3.3.6,
/// over already-mapped characters; missing sextets of a short chunk are zero, the "A"s
/// DecodeFinalBase64Chunk appends).
fn chunk_bytes(chunk: &[u8; 4]) -> [u8; 3] {
    let n = (chunk[0] as u32) << 18 | (chunk[1] as u32) << 12 | (chunk[2] as u32) << 6 | chunk[3] as u32;
    [(n >> 16) as u8, (n >> 8) as u8, n as u8]
}

/// DecodeFinalBase64Chunk (ECMA-262 §23.3.3.5) of a chunk of 2 or 3 characters: its 1 or
/// 2 bytes, or NonZeroPaddingBits when `throw_on_extra_bits` and the unused bits are set.
fn decode_final_chunk(chunk: &[u8; 4], len: usize, throw_on_extra_bits: bool) -> Result<Vec<u8>, DecodeError> {
    let mut padded = *chunk;
    padded[len..].fill(0);
    let bytes = chunk_bytes(&padded);
    let kept = len - 1;
    if throw_on_extra_bits && bytes[kept] != 0 {
        return Err(DecodeError::NonZeroPaddingBits);
    }
    Ok(bytes[..kept].to_vec())
}

/// FromBase64 (ECMA-262 §23.3.3.7). `max_length` is the room of a setFromBase64 target
/// (`usize::MAX` for none). No user code runs here.
pub fn from_base64(
    string: &[u16],
    alphabet: Alphabet,
    last_chunk_handling: LastChunkHandling,
    max_length: usize,
) -> DecodeResult {
    let mut out = DecodeResult::default();
    if max_length == 0 {
        return out;
    }
    let length = string.len();
    out.bytes.reserve((length / 4 * 3 + 3).min(max_length));
    let mut chunk = [0u8; 4];
    let mut chunk_length = 0;
    let mut index = 0;
    loop {
        index = skip_ascii_whitespace(string, index);
        if index == length {
            if chunk_length > 0 {
                match last_chunk_handling {
                    LastChunkHandling::StopBeforePartial => return out,
                    LastChunkHandling::Loose if chunk_length > 1 => {
                        // Never fails: extra bits are only checked in "strict".
                        let tail = decode_final_chunk(&chunk, chunk_length, false).unwrap_or_default();
                        out.bytes.extend(tail);
                    }
                    _ => return out.fail(DecodeError::IncompleteChunk),
                }
            }
            out.read = length;
            return out;
        }
        let c = string[index];
        index += 1;
        if c == u16::from(b'=') {
            if chunk_length < 2 {
                return out.fail(DecodeError::InvalidCharacter);
            }
            index = skip_ascii_whitespace(string, index);
            if chunk_length == 2 {
                if index == length {
                    if last_chunk_handling == LastChunkHandling::StopBeforePartial {
                        return out;
                    }
                    return out.fail(DecodeError::IncompleteChunk);
                }
                if string[index] == u16::from(b'=') {
                    index = skip_ascii_whitespace(string, index + 1);
                }
            }
            if index < length {
                return out.fail(DecodeError::InvalidCharacter);
            }
            let strict = last_chunk_handling == LastChunkHandling::Strict;
            match decode_final_chunk(&chunk, chunk_length, strict) {
                Ok(tail) => out.bytes.extend(tail),
                Err(e) => return out.fail(e),
            }
            out.read = length;
            return out;
        }
        let Some(v) = sextet(c, alphabet) else {
            return out.fail(DecodeError::InvalidCharacter);
        };
        // A chunk that would decode to more bytes than the target has room for is left
        // unread (the target's last bytes stay as they were).
        let remaining = max_length - out.bytes.len();
        if (remaining == 1 && chunk_length == 2) || (remaining == 2 && chunk_length == 3) {
            return out;
        }
        chunk[chunk_length] = v;
        chunk_length += 1;
        if chunk_length == 4 {
            out.bytes.extend_from_slice(&chunk_bytes(&chunk));
            chunk_length = 0;
            out.read = index;
            if out.bytes.len() == max_length {
                return out;
            }
        }
    }
}

/// The value of a hexadecimal digit.
fn hex_digit(c: u16) -> Option<u8> {
    let v = match c {
        0x30..=0x39 => c - 0x30,
        0x41..=0x46 => c - 0x41 + 10,
        0x61..=0x66 => c - 0x61 + 10,
        _ => return None,
    };
    Some(v as u8)
}

/// FromHex (ECMA-262 §23.3.3.8). `max_length` as for [`from_base64`].
pub fn from_hex(string: &[u16], max_length: usize) -> DecodeResult {
    let mut out = DecodeResult::default();
    let length = string.len();
    if !length.is_multiple_of(2) {
        return out.fail(DecodeError::OddHexLength);
    }
    out.bytes.reserve((length / 2).min(max_length));
    while out.read < length && out.bytes.len() < max_length {
        let (Some(hi), Some(lo)) = (hex_digit(string[out.read]), hex_digit(string[out.read + 1])) else {
            return out.fail(DecodeError::InvalidHexCharacter);
        };
        out.read += 2;
        out.bytes.push(hi << 4 | lo);
    }
    out
}

/// The base64 encoding of RFC 4648 §4 (or §5 for base64url) as code units, with `=`
/// padding unless `omit_padding` (Uint8Array.prototype.toBase64, ECMA-262 §23.3.2.3; btoa).
pub fn to_base64(bytes: &[u8], alphabet: Alphabet, omit_padding: bool) -> Vec<u16> {
    let table = match alphabet {
        Alphabet::Base64 => STANDARD,
        Alphabet::Base64Url => URL_SAFE,
    };
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    for group in bytes.chunks(3) {
        let mut three = [0u8; 3];
        three[..group.len()].copy_from_slice(group);
        let n = (three[0] as u32) << 16 | (three[1] as u32) << 8 | three[2] as u32;
        let chars = group.len() + 1;
        for k in 0..4 {
            if k < chars {
                out.push(u16::from(table[(n >> (18 - 6 * k) & 63) as usize]));
            } else if !omit_padding {
                out.push(u16::from(b'='));
            }
        }
    }
    out
}

/// Lowercase hexadecimal, two digits per byte (Uint8Array.prototype.toHex, ECMA-262 §23.3.2.4).
pub fn to_hex(bytes: &[u8]) -> Vec<u16> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(u16::from(DIGITS[(b >> 4) as usize]));
        out.push(u16::from(DIGITS[(b & 15) as usize]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    fn decode(s: &str, last: LastChunkHandling, max: usize) -> DecodeResult {
        from_base64(&units(s), Alphabet::Base64, last, max)
    }

    /// HTML §8.3 forgiving-base64 decode, written out step by step as the standard says.
    fn forgiving_base64(s: &[u16]) -> Option<Vec<u8>> {
        let mut data: Vec<u16> = s.iter().copied().filter(|c| !matches!(c, 0x09 | 0x0A | 0x0C | 0x0D | 0x20)).collect();
        if data.len().is_multiple_of(4) {
            for _ in 0..2 {
                if data.last() == Some(&u16::from(b'=')) {
                    data.pop();
                }
            }
        }
        if data.len() % 4 == 1 {
            return None;
        }
        let mut buffer = 0u32;
        let mut bits = 0;
        let mut out = Vec::new();
        for &c in &data {
            buffer = buffer << 6 | u32::from(sextet(c, Alphabet::Base64)?);
            bits += 6;
            if bits >= 8 {
                bits -= 8;
                out.push((buffer >> bits) as u8);
                buffer &= (1 << bits) - 1;
            }
        }
        Some(out)
    }

    #[test]
    fn forgiving_base64_is_loose_from_base64() {
        // Every string of up to 6 characters over an alphabet that covers the interesting
        // cases: data characters, padding, whitespace and an invalid character.
        let chars: Vec<u16> = units("A/=  *");
        let alphabet = [chars[0], chars[1], chars[2], chars[3], chars[5], u16::from(b'Q')];
        let mut checked = 0;
        for len in 0..=6u32 {
            for mut code in 0..alphabet.len().pow(len) {
                let mut s = Vec::new();
                for _ in 0..len {
                    s.push(alphabet[code % alphabet.len()]);
                    code /= alphabet.len();
                }
                let r = from_base64(&s, Alphabet::Base64, LastChunkHandling::Loose, usize::MAX);
                let ours = if r.error.is_none() { Some(r.bytes) } else { None };
                assert_eq!(ours, forgiving_base64(&s), "{:?}", String::from_utf16_lossy(&s));
                checked += 1;
            }
        }
        assert!(checked > 50_000);
    }

    #[test]
    fn last_chunk_handling() {
        use LastChunkHandling::*;
        assert_eq!(decode("ZXhhZg", Loose, usize::MAX).bytes, b"exaf");
        assert_eq!(decode("ZXhhZg", Strict, usize::MAX).error, Some(DecodeError::IncompleteChunk));
        let r = decode("ZXhhZg", StopBeforePartial, usize::MAX);
        assert_eq!((r.read, r.bytes.as_slice(), r.error), (4, &b"exa"[..], None));
        assert_eq!(decode("ZXhhZh==", Strict, usize::MAX).error, Some(DecodeError::NonZeroPaddingBits));
        assert_eq!(decode("ZXhhZh==", Loose, usize::MAX).bytes, b"exaf");
        let r = decode("ZXhhZg=", StopBeforePartial, usize::MAX);
        assert_eq!((r.read, r.error), (4, None));
        assert_eq!(decode("ZXhhZg=", Loose, usize::MAX).error, Some(DecodeError::IncompleteChunk));
        assert_eq!(decode("ZXhhZg==Zg", Loose, usize::MAX).error, Some(DecodeError::InvalidCharacter));
    }

    #[test]
    fn max_length_stops_before_a_chunk_that_does_not_fit() {
        // Room for 4 bytes: the second chunk decodes to 3, so only the first is read.
        let r = decode("ZXhhZmFm", LastChunkHandling::Loose, 4);
        assert_eq!((r.read, r.bytes.as_slice(), r.error), (4, &b"exa"[..], None));
        let r = decode("ZXhhZg==", LastChunkHandling::Loose, 4);
        assert_eq!((r.read, r.bytes.as_slice()), (8, &b"exaf"[..]));
        let r = decode("ZXhh Zg==", LastChunkHandling::Loose, 3);
        assert_eq!((r.read, r.bytes.as_slice()), (4, &b"exa"[..]));
        assert_eq!(decode("*", LastChunkHandling::Loose, 0), DecodeResult::default());
    }

    #[test]
    fn hex() {
        assert_eq!(from_hex(&units("0fA0"), usize::MAX).bytes, [0x0f, 0xa0]);
        assert_eq!(from_hex(&units("0"), usize::MAX).error, Some(DecodeError::OddHexLength));
        let r = from_hex(&units("00zz"), usize::MAX);
        assert_eq!((r.read, r.bytes.len(), r.error), (2, 1, Some(DecodeError::InvalidHexCharacter)));
        let r = from_hex(&units("0102zz"), 2);
        assert_eq!((r.read, r.bytes.len(), r.error), (4, 2, None));
        assert_eq!(String::from_utf16_lossy(&to_hex(&[0, 0xab, 0x7f])), "00ab7f");
    }

    #[test]
    fn encode() {
        let enc = |b: &[u8], a, omit| String::from_utf16_lossy(&to_base64(b, a, omit));
        assert_eq!(enc(b"foob", Alphabet::Base64, false), "Zm9vYg==");
        assert_eq!(enc(b"foob", Alphabet::Base64, true), "Zm9vYg");
        assert_eq!(enc(&[0xfb, 0xff], Alphabet::Base64Url, false), "-_8=");
        assert_eq!(enc(&[0xfb, 0xff], Alphabet::Base64, true), "+/8");
        assert_eq!(enc(b"", Alphabet::Base64, false), "");
    }
}
