//! The protocols' hash functions: SHA3-256 for everything Morse signs, SHA3-256 and SHA3-512 in
//! Shannon's ring signatures (CRYPTOGAMS assembly with the default `asm-keccak` feature,
//! RustCrypto's `sha3` without), SHA-256 for addresses.

#[cfg(feature = "asm-keccak")]
use keccak_asm::{Sha3_256, Sha3_512};
use sha2::{Digest, Sha256};
#[cfg(not(feature = "asm-keccak"))]
use sha3::{Sha3_256, Sha3_512};

/// pocket-core's `Hash`: SHA3-256 (FIPS 202, not Keccak-256).
pub fn sha3(data: &[u8]) -> [u8; 32] {
    Sha3_256::digest(data).into()
}

/// SHA3-512 (FIPS 202): go-dleq's hash to a scalar, in Shannon's ring signatures.
pub fn sha3_512(data: &[u8]) -> [u8; 64] {
    Sha3_512::digest(data).into()
}

/// SHA-256, used only to derive addresses from public keys.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha3_is_fips_202_not_keccak() {
        // SHA3-256("") from FIPS 202; Keccak-256("") would be c5d24601…
        assert_eq!(
            hex::encode(sha3(b"")),
            "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"
        );
    }

    /// The assembly against RustCrypto's `sha3`, at every length around the rates (136 bytes
    /// for SHA3-256, 72 for SHA3-512) and their multiples, where padding moves to a block of its
    /// own.
    #[cfg(feature = "asm-keccak")]
    #[test]
    fn assembly_sha3_is_rustcrypto_sha3() {
        let data: Vec<u8> = (0..700u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        let near =
            |len: usize, rate: usize| len % rate < 3 || len % rate > rate - 3 || len.is_multiple_of(50);
        for len in (0..=data.len()).filter(|&l| near(l, 136)) {
            let rustcrypto: [u8; 32] = sha3::Sha3_256::digest(&data[..len]).into();
            assert_eq!(sha3(&data[..len]), rustcrypto, "SHA3-256, length {len}");
        }
        for len in (0..=data.len()).filter(|&l| near(l, 72)) {
            let rustcrypto: [u8; 64] = sha3::Sha3_512::digest(&data[..len]).into();
            assert_eq!(sha3_512(&data[..len]), rustcrypto, "SHA3-512, length {len}");
        }
    }

    #[test]
    fn sha3_512_vector() {
        // SHA3-512("") from FIPS 202.
        assert_eq!(
            hex::encode(sha3_512(b"")),
            "a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a6\
             15b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26"
        );
    }

    #[test]
    fn block_hash_vector() {
        // docs/protocol.md §14: H("pocket-block").
        assert_eq!(
            hex::encode(sha3(b"pocket-block")),
            "f86429f3a15a66e25de9b81aacfedc1318fb37e4b90c9f3697076f57cbba0149"
        );
    }
}
