//! Session maths (docs/protocol.md §8): session heights, the session key and the
//! pseudorandom walk that picks a session's nodes.

use super::gojson::ObjectWriter;
use crate::protocol::hash::sha3;

/// The latest session height a node at `height` accepts, for `blocks_per_session` > 0.
pub fn latest_session_height(height: i64, blocks_per_session: i64) -> i64 {
    if height % blocks_per_session == 0 {
        height - blocks_per_session + 1
    } else {
        (height / blocks_per_session) * blocks_per_session + 1
    }
}

/// The session key: H(Go JSON of {app_pub_key, chain, blockchain: block hash hex}).
pub fn session_key(app_pub_key: &str, chain: &str, block_hash_hex: &str) -> [u8; 32] {
    let mut seed = String::with_capacity(200);
    let mut w = ObjectWriter::new(&mut seed);
    w.string("app_pub_key", app_pub_key).string("chain", chain).string("blockchain", block_hash_hex);
    w.finish();
    sha3(seed.as_bytes())
}

/// The session header hash, the key of a session's evidence and caches.
pub fn header_hash(app_public_key: &str, chain: &str, session_height: i64) -> [u8; 32] {
    let mut json = String::with_capacity(160);
    let mut w = ObjectWriter::new(&mut json);
    w.string("app_public_key", app_public_key).string("chain", chain).int("session_height", session_height);
    w.finish();
    sha3(json.as_bytes())
}

/// The candidate indices pocket-core visits when choosing session nodes: the first 8 bytes of
/// the key (big-endian) modulo the candidate count, then the key is re-hashed. Infinite; the
/// caller stops once it has enough distinct nodes.
pub fn selection_indices(session_key: [u8; 32], candidates: usize) -> impl Iterator<Item = usize> {
    let mut key = session_key;
    std::iter::from_fn(move || {
        let prefix = u64::from_be_bytes(key[..8].try_into().unwrap_or([0; 8]));
        key = sha3(&key);
        Some((prefix % candidates.max(1) as u64) as usize)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const K_B_PUB: &str = "74039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849";
    const BLOCK_HASH: &str = "f86429f3a15a66e25de9b81aacfedc1318fb37e4b90c9f3697076f57cbba0149";

    #[test]
    fn session_key_vector() {
        let key = session_key(K_B_PUB, "0021", BLOCK_HASH);
        assert_eq!(hex::encode(key), "894d37c0fa42663d7f987d7fab36666bf65fe5df3a9aa19a882037d2d2033c4a");
        use base64::Engine;
        assert_eq!(
            base64::engine::general_purpose::STANDARD.encode(key),
            "iU03wPpCZj1/mH1/qzZma/Zf5d86mqGaiCA30tIDPEo="
        );
        let first: Vec<usize> = selection_indices(key, 10).take(6).collect();
        assert_eq!(first, vec![5, 4, 4, 6, 0, 6]);
    }

    #[test]
    fn header_hash_vector() {
        assert_eq!(
            hex::encode(header_hash(K_B_PUB, "0021", 12345)),
            "df0def5ec93a3f46249201a138b5daf3fdaec01ee8bcd81817936c7f8b97ce38"
        );
    }

    #[test]
    fn session_heights_with_four_blocks_per_session() {
        let got: Vec<i64> = (1..=9).map(|h| latest_session_height(h, 4)).collect();
        assert_eq!(got, vec![1, 1, 1, 1, 5, 5, 5, 5, 9]);
    }
}
