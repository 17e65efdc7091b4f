//! The two hash functions of the protocol: SHA3-256 for everything signed (CRYPTOGAMS assembly
//! with the default `asm-keccak` feature, RustCrypto's `sha3` without), SHA-256 for addresses.

#[cfg(feature = "asm-keccak")]
use keccak_asm::Sha3_256;
use sha2::{Digest, Sha256};
#[cfg(not(feature = "asm-keccak"))]
use sha3::Sha3_256;

/// pocket-core's `Hash`: SHA3-256 (FIPS 202, not Keccak-256).
pub fn sha3(data: &[u8]) -> [u8; 32] {
    Sha3_256::digest(data).into()
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

    /// The assembly against RustCrypto's `sha3`, at every length around the 136-byte rate and
    /// its multiples (where padding moves to a block of its own).
    #[cfg(feature = "asm-keccak")]
    #[test]
    fn assembly_sha3_is_rustcrypto_sha3() {
        let data: Vec<u8> = (0..700u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        for len in (0..=data.len()).filter(|l| l % 136 < 3 || l % 136 > 133 || l % 50 == 0) {
            let ours = sha3(&data[..len]);
            let rustcrypto: [u8; 32] = sha3::Sha3_256::digest(&data[..len]).into();
            assert_eq!(ours, rustcrypto, "length {len}");
        }
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
