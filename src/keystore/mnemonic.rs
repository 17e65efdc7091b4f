//! BIP-39 mnemonics to Shannon keys, as `pocketd keys add --recover` derives them. Pure.
//!
//! seed = BIP-39 PBKDF2-HMAC-SHA512(words joined by single spaces, "mnemonic" ‖ passphrase,
//! 2048 rounds); key = BIP-32 secp256k1 derivation of `m/44'/COIN'/ACCOUNT'/0/INDEX` from it.
//!
//! The coin type: `pocketd keys add` takes `--coin-type` with cosmos-sdk's default,
//! `sdk.GetConfig().GetCoinType()` (cosmos-sdk client/keys/add.go), which is `CoinType = 118`
//! (types/config.go, `FullFundraiserPath = "m/44'/118'/0'/0/0"`). poktroll's pocketd only sets
//! the bech32 prefixes on that config (poktroll cmd/pocketd/cmd/config.go,
//! `checkOrInitSDKConfig`): it never calls `SetCoinType`, and its own test accounts are derived
//! with `FullFundraiserPath` (poktroll testutil/testkeyring). So a plain `pocketd keys add`
//! uses 118; 635 (POKT's SLIP-44 number, named in poktroll's docs) only with an explicit
//! `--coin-type=635`.

use zeroize::Zeroizing;

use crate::protocol::shannon::keys::PrivateKey;

/// pocketd's default `--coin-type` (cosmos-sdk's ATOM number).
pub const DEFAULT_COIN_TYPE: u32 = 118;
/// POKT's registered SLIP-44 coin type, used by `pocketd keys add --coin-type=635`.
pub const POKT_COIN_TYPE: u32 = 635;

/// Why a mnemonic could not become a key. One line each; no word of the phrase is ever quoted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MnemonicError {
    #[error("the mnemonic has {0} words; a BIP-39 mnemonic has 12, 15, 18, 21 or 24")]
    WordCount(usize),
    #[error("word {0} of the mnemonic is not in the BIP-39 English word list (check its spelling)")]
    UnknownWord(usize),
    #[error(
        "the mnemonic's checksum is wrong: a word is mistyped, missing or out of order (check it against your backup)"
    )]
    Checksum,
    #[error("{0} must be below 2^31 (a hardened BIP-32 index)")]
    IndexRange(&'static str),
    #[error("BIP-32 derivation failed: {0}")]
    Derivation(String),
}

/// `m/44'/COIN'/ACCOUNT'/0/INDEX`, pocketd's BIP-44 path.
pub fn derivation_path(coin_type: u32, account: u32, index: u32) -> String {
    format!("m/44'/{coin_type}'/{account}'/0/{index}")
}

/// Derives the key at `m/44'/coin_type'/account'/0/index` from a BIP-39 phrase (English words,
/// any case, separated by any whitespace) and an optional BIP-39 passphrase (`""` for none, as
/// `pocketd keys add --recover` uses unless asked for one).
pub fn derive(
    phrase: &str,
    bip39_passphrase: &str,
    coin_type: u32,
    account: u32,
    index: u32,
) -> Result<PrivateKey, MnemonicError> {
    for (what, value) in [("--coin-type", coin_type), ("--account", account), ("--index", index)] {
        if value >= 1 << 31 {
            return Err(MnemonicError::IndexRange(what));
        }
    }
    let seed = seed(phrase, bip39_passphrase)?;
    derive_path(&seed[..], &derivation_path(coin_type, account, index))
}

/// The 64-byte BIP-39 seed, after checking the word list and checksum.
pub fn seed(phrase: &str, bip39_passphrase: &str) -> Result<Zeroizing<[u8; 64]>, MnemonicError> {
    let lower = Zeroizing::new(phrase.to_lowercase());
    let mnemonic =
        bip39::Mnemonic::parse_in_normalized(bip39::Language::English, &lower).map_err(|e| match e {
            bip39::Error::BadWordCount(n) => MnemonicError::WordCount(n),
            bip39::Error::UnknownWord(i) => MnemonicError::UnknownWord(i + 1),
            _ => MnemonicError::Checksum,
        })?;
    Ok(Zeroizing::new(mnemonic.to_seed_normalized(bip39_passphrase)))
}

/// BIP-32 secp256k1 derivation of `path` (e.g. `m/44'/118'/0'/0/0`) from a seed.
pub fn derive_path(seed: &[u8], path: &str) -> Result<PrivateKey, MnemonicError> {
    let path: bip32::DerivationPath = path.parse().map_err(|e| MnemonicError::Derivation(format!("{e}")))?;
    let xprv =
        bip32::XPrv::derive_from_path(seed, &path).map_err(|e| MnemonicError::Derivation(format!("{e}")))?;
    let scalar = Zeroizing::new(<[u8; 32]>::from(xprv.private_key().to_bytes()));
    PrivateKey::from_bytes(&scalar[..]).map_err(|e| MnemonicError::Derivation(e.to_string()))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// poktroll testutil/testkeyring/accounts_table.go, accounts 0-2 (generated with
    /// `FullFundraiserPath` = m/44'/118'/0'/0/0 and no BIP-39 passphrase).
    pub(crate) const POKTROLL_ACCOUNTS: [(&str, &str); 3] = [
        (
            "silly penalty brass ability say wagon quiz feature theme game paper ripple fat pair permit rabbit test science shoe enemy box flat memory between",
            "pokt13sh3zn2v6nfdvc6adyxcyw803qecp7j279ngus",
        ),
        (
            "replace ship quit direct pulp scare frozen narrow hole outdoor emerge deputy fury payment oven shoot disease skull ill simple envelope office direct stool",
            "pokt1e0y8yxwrgdu59uuexhgpqgyxku5az596u9uquv",
        ),
        (
            "length lonely ability canal barely stem limit render private daring that flash scan people blush job dune glow novel dentist twice noble often trade",
            "pokt14jj7tvkh3h9km4lhd900xteul0jypa7pqgy739",
        ),
    ];

    #[test]
    fn poktroll_test_accounts_derive_at_coin_type_118() {
        for (phrase, address) in POKTROLL_ACCOUNTS {
            let key = derive(phrase, "", DEFAULT_COIN_TYPE, 0, 0).expect("derives");
            assert_eq!(key.public_key().address(), address);
            // 635 is a different key.
            assert_ne!(derive(phrase, "", POKT_COIN_TYPE, 0, 0).unwrap().public_key().address(), address);
        }
        // Case and spacing do not matter.
        let (phrase, address) = POKTROLL_ACCOUNTS[0];
        let messy = format!("  {}\n", phrase.to_uppercase().replace(' ', " \t "));
        assert_eq!(derive(&messy, "", 118, 0, 0).unwrap().public_key().address(), address);
    }

    #[test]
    fn bip39_trezor_vector() {
        // BIP-39 reference vectors (trezor/python-mnemonic vectors.json), passphrase "TREZOR".
        let seed = seed(
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
            "TREZOR",
        )
        .unwrap();
        assert_eq!(
            hex::encode(&seed[..]),
            "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"
        );
    }

    #[test]
    fn bip32_test_vector_1() {
        let seed = hex::decode("000102030405060708090a0b0c0d0e0f").unwrap();
        let at = |path: &str| hex::encode(&derive_path(&seed, path).unwrap().to_bytes()[..]);
        assert_eq!(at("m/0'/1/2'/2"), "0f479245fb19a38a1954c5c7c0ebab2f9bdfd96a17563ef28a6a4b1a2a764ef4");
        assert_eq!(
            at("m/0'/1/2'/2/1000000000"),
            "471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8"
        );
    }

    #[test]
    fn bad_mnemonics_say_what_is_wrong_without_quoting_words() {
        let (phrase, _) = POKTROLL_ACCOUNTS[0];
        // Swapping two words keeps every word valid but breaks the checksum.
        let mut words: Vec<&str> = phrase.split(' ').collect();
        words.swap(0, 1);
        let swapped = words.join(" ");
        assert_eq!(derive(&swapped, "", 118, 0, 0).unwrap_err(), MnemonicError::Checksum);
        assert_eq!(derive("abandon abandon", "", 118, 0, 0).unwrap_err(), MnemonicError::WordCount(2));
        let typo = phrase.replacen("penalty", "penalti", 1);
        let err = derive(&typo, "", 118, 0, 0).unwrap_err();
        assert_eq!(err, MnemonicError::UnknownWord(2));
        assert!(!err.to_string().contains("penalti"));
        assert_eq!(derive(phrase, "", 1 << 31, 0, 0).unwrap_err(), MnemonicError::IndexRange("--coin-type"));
        assert_eq!(derivation_path(635, 1, 2), "m/44'/635'/1'/0/2");
    }
}
