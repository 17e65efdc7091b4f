
use builtin;
use str;

set edit:completion:arg-completer[pgw] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'pgw'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'pgw'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand keys 'Manage the encrypted local keystore'
            cand aat 'Make and verify Application Authentication Tokens (AATs)'
            cand proof 'Build and verify signed relays offline'
            cand dispatch 'Fetch and show the current session (heights, session key, servicer nodes or suppliers)'
            cand session 'Fetch and show the current session (heights, session key, servicer nodes or suppliers)'
            cand relay 'Send a request through POKT: signed relay, failover, verified answer'
            cand query 'Query the chain: height, accounts, balances, apps, nodes, params, chains, transactions'
            cand app 'Stake and unstake apps, show an app''s relay throughput; Shannon: delegate to gateways'
            cand gateway 'Stake Shannon gateways'
            cand send 'Send POKT from a keystore key''s account (a signed Morse or Shannon transaction)'
            cand bench 'Load-test relays: throughput, latency percentiles, errors per node'
            cand serve 'Serve relays as a local HTTP JSON-RPC gateway, with node QoS, metrics and /qos'
            cand devnet 'Run a local pocket-core-compatible network (dispatcher + servicers) for tests and demos'
            cand chains 'List known relay chain IDs, names and aliases'
            cand config 'Show and initialise network settings (dispatchers, profiles, timeouts)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;keys'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'Create a new key in the keystore.'
            cand list 'List the keys in the keystore (no passphrase needed).'
            cand show 'Show one key: address, public key and file (no passphrase needed).'
            cand import 'Import a key: a PPK file (pocket-core, wallets, SDKs) or a raw hex private key, or a Shannon key from a mnemonic, `pocketd keys export`''s armored file or its hex export.'
            cand export 'Export a key as a PPK file that pocket-core (`pocket accounts import-armored`), wallets and the SDKs import, protected by the key''s keystore passphrase.'
            cand delete 'Delete a key (asks for confirmation on a terminal; scripts pass --yes).'
            cand rename 'Rename a key (no passphrase needed).'
            cand passwd 'Change a key''s passphrase.'
            cand sign 'Sign bytes with a key (Ed25519 over the hex-decoded bytes, no hashing), like `pocket accounts sign`. A Shannon key signs as cosmos secp256k1 does: ECDSA over SHA-256 of the bytes, the 64-byte R‖S with a low S.'
            cand verify 'Verify an Ed25519 signature over hex bytes, or a Shannon secp256k1 one when PUBKEY is a 33-byte compressed key (66 hex characters; ECDSA over SHA-256 of the bytes, low S only). Exits 0 when valid, 1 when not.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;keys;new'= {
            cand --hint 'A free-text hint stored (unencrypted) with the key, as PPK files allow'
            cand --protocol 'The network the key is for: morse (Ed25519) or shannon (secp256k1)'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --force 'Replace an existing key of the same name'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;keys;list'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;keys;show'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;keys;import'= {
            cand --ppk 'A PPK (armored JSON) key file'
            cand --raw-file 'A file holding the private key as hex, or - for stdin'
            cand --ppk-passphrase-file 'Read the key file''s own password (PPK or armored) from FILE'
            cand --protocol 'The key''s network: morse (Ed25519, the default) or shannon (secp256k1); it decides how --raw-file is read'
            cand --mnemonic-file 'Read the mnemonic from FILE (- for stdin)'
            cand --coin-type 'BIP-44 coin type of the derivation path m/44''/COIN''/ACCOUNT''/0/INDEX (pocketd''s default is 118; POKT''s registered 635 only if the key was made with --coin-type=635)'
            cand --account 'BIP-44 account of the derivation path'
            cand --index 'BIP-44 address index of the derivation path'
            cand --bip39-passphrase-file 'Read an optional BIP-39 passphrase (the "25th word"; none by default, as pocketd) from FILE''s first line; PGW_BIP39_PASSPHRASE also works'
            cand --armored 'The armored file `pocketd keys export NAME` writes (BEGIN TENDERMINT PRIVATE KEY)'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --new-passphrase 'Protect the imported key file with a new keystore passphrase instead of its own password'
            cand --force 'Replace an existing key of the same name'
            cand --mnemonic 'Derive a Shannon key from a BIP-39 mnemonic (--mnemonic-file, PGW_MNEMONIC or a prompt)'
            cand --hex 'Import a Shannon key given as 64 hex characters (--raw-file, PGW_KEY_HEX or a prompt)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;keys;export'= {
            cand --out 'Write the PPK to FILE (mode 0600) instead of stdout'
            cand --hint 'Replace the PPK''s hint text'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --unsafe-raw 'Print the unencrypted private key (hex) on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;keys;delete'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;keys;rename'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --force 'Replace an existing key named NEW'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;keys;passwd'= {
            cand --new-passphrase-file 'Read the new passphrase from FILE'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;keys;sign'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;keys;verify'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;keys;help'= {
            cand new 'Create a new key in the keystore.'
            cand list 'List the keys in the keystore (no passphrase needed).'
            cand show 'Show one key: address, public key and file (no passphrase needed).'
            cand import 'Import a key: a PPK file (pocket-core, wallets, SDKs) or a raw hex private key, or a Shannon key from a mnemonic, `pocketd keys export`''s armored file or its hex export.'
            cand export 'Export a key as a PPK file that pocket-core (`pocket accounts import-armored`), wallets and the SDKs import, protected by the key''s keystore passphrase.'
            cand delete 'Delete a key (asks for confirmation on a terminal; scripts pass --yes).'
            cand rename 'Rename a key (no passphrase needed).'
            cand passwd 'Change a key''s passphrase.'
            cand sign 'Sign bytes with a key (Ed25519 over the hex-decoded bytes, no hashing), like `pocket accounts sign`. A Shannon key signs as cosmos secp256k1 does: ECDSA over SHA-256 of the bytes, the 64-byte R‖S with a low S.'
            cand verify 'Verify an Ed25519 signature over hex bytes, or a Shannon secp256k1 one when PUBKEY is a 33-byte compressed key (66 hex characters; ECDSA over SHA-256 of the bytes, low S only). Exits 0 when valid, 1 when not.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;keys;help;new'= {
        }
        &'pgw;keys;help;list'= {
        }
        &'pgw;keys;help;show'= {
        }
        &'pgw;keys;help;import'= {
        }
        &'pgw;keys;help;export'= {
        }
        &'pgw;keys;help;delete'= {
        }
        &'pgw;keys;help;rename'= {
        }
        &'pgw;keys;help;passwd'= {
        }
        &'pgw;keys;help;sign'= {
        }
        &'pgw;keys;help;verify'= {
        }
        &'pgw;keys;help;help'= {
        }
        &'pgw;aat'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand gen 'Make a signed AAT: the app key authorises a client key to sign relays for it.'
            cand verify 'Check an AAT as a node does: version, key formats and the app''s signature.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;aat;gen'= {
            cand --app-key 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)'
            cand --app-key-file 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)'
            cand --client-pub 'The client''s public key (64 hex characters)'
            cand --client-key 'The client''s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)'
            cand --client-key-file 'A file holding the client''s private key as hex'
            cand --out 'Also write the AAT as JSON to FILE'
            cand --credential-out 'Also write a client credential file for scripts: the AAT and its client''s private key, unencrypted, mode 0600. Without a client key, a new client key is generated for it'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --force 'Overwrite an existing --credential-out file'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;aat;verify'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;aat;help'= {
            cand gen 'Make a signed AAT: the app key authorises a client key to sign relays for it.'
            cand verify 'Check an AAT as a node does: version, key formats and the app''s signature.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;aat;help;gen'= {
        }
        &'pgw;aat;help;verify'= {
        }
        &'pgw;aat;help;help'= {
        }
        &'pgw;proof'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay (Morse) or to a relay miner (Shannon).'
            cand verify 'Check a relay body as a servicer node (Morse) or relay miner (Shannon) would, offline, and explain any failure.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;proof;sign'= {
            cand --protocol 'The network whose relay to build [default: morse]'
            cand --servicer 'Public key of the servicer node the relay is for (64 hex characters)'
            cand --session-height 'The session''s block height'
            cand --block-height 'The relay''s meta.block_height [default: the session height]'
            cand --entropy 'The proof''s entropy, 0 to 9223372036854775807 [default: random]'
            cand --method 'HTTP method the servicer uses towards the chain'
            cand --path 'REST path on the chain (empty for JSON-RPC)'
            cand -H 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null'
            cand --header 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null'
            cand --aat 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign'
            cand --credential 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed'
            cand --app-key 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)'
            cand --app-key-file 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)'
            cand --client-key 'The client''s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)'
            cand --client-key-file 'A file holding the client''s private key as hex'
            cand --app 'The application''s address (pokt1…) [default: the session header''s]'
            cand --session-header 'The session header as JSON (session.header of a get_session response), or @FILE'
            cand --session 'A get_session response (JSON) to take the header and the suppliers from'
            cand --supplier 'The supplier operator address the relay is for (pokt1…)'
            cand --gateway-key 'The gateway''s key, which signs for apps delegated to it: a private key as 64 hex characters (visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)'
            cand --gateway-key-file 'A file holding the gateway''s secp256k1 private key as 64 hex characters'
            cand --ring 'A ring public key (66 hex characters; repeat, or separate with commas), in the chain''s order: the app''s, then its delegated gateways''. The signer''s key must be in it [default with an app key: the app and poktroll''s placeholder key]'
            cand --url 'The URL of the inner HTTP request (the relay miner keeps only its path and query); --path is appended'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;proof;verify'= {
            cand --response 'The node''s answer: Morse {"response","signature"}, or a Shannon RelayResponse'
            cand --protocol 'The network of the input [default: detected from the input]'
            cand --supplier-pubkey 'The supplier operator''s public key (66 hex characters), to check --response''s signature'
            cand --ring 'The chain''s ring for the app (the app''s and its delegated gateways'' public keys; repeat or separate with commas), to check ring membership'
            cand --height 'The relay miner''s current block height, to check the session window'
            cand --grace-period 'The shared param grace_period_end_offset_blocks'
            cand --ring-signature 'Check a bare ring signature (hex) over --message instead of a relay'
            cand --message 'The 32-byte message (64 hex characters) the --ring-signature signs'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --explain 'Show the exact bytes hashed at each step'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;proof;help'= {
            cand sign 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay (Morse) or to a relay miner (Shannon).'
            cand verify 'Check a relay body as a servicer node (Morse) or relay miner (Shannon) would, offline, and explain any failure.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;proof;help;sign'= {
        }
        &'pgw;proof;help;verify'= {
        }
        &'pgw;proof;help;help'= {
        }
        &'pgw;dispatch'= {
            cand --app-pub 'The app''s public key (64 hex characters; Morse)'
            cand --app 'The app''s address (pokt1…; Shannon)'
            cand --gateway 'Check that the app delegated to this gateway (Shannon): exit 5 when it did not'
            cand --credential 'A client credential file: its AAT names the app'
            cand --app-key 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)'
            cand --app-key-file 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --compare 'Ask every dispatcher at once and flag disagreement (height lag, different session)'
            cand --devnet 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;session'= {
            cand --app-pub 'The app''s public key (64 hex characters; Morse)'
            cand --app 'The app''s address (pokt1…; Shannon)'
            cand --gateway 'Check that the app delegated to this gateway (Shannon): exit 5 when it did not'
            cand --credential 'A client credential file: its AAT names the app'
            cand --app-key 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)'
            cand --app-key-file 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --compare 'Ask every dispatcher at once and flag disagreement (height lag, different session)'
            cand --devnet 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;relay'= {
            cand --method 'HTTP method the servicer uses towards the chain'
            cand --path 'REST path on the chain (empty for JSON-RPC)'
            cand -H 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null'
            cand --header 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null'
            cand --node 'Send only to this session node (address or service URL)'
            cand --retries 'Extra attempts on other nodes (or after a fresh dispatch) when one fails'
            cand --consensus 'Ask N distinct nodes and return the majority answer, reporting nodes that disagree'
            cand --aat 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign'
            cand --credential 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed'
            cand --app-key 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)'
            cand --app-key-file 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)'
            cand --client-key 'The client''s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)'
            cand --client-key-file 'A file holding the client''s private key as hex'
            cand --gateway-key 'The gateway''s key, which signs for apps that delegated to it: a Shannon keystore name or address (or hex, visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)'
            cand --gateway-key-file 'A file holding the gateway''s secp256k1 private key as 64 hex characters'
            cand --app 'An app the gateway signs for (pokt1…); repeat to spread relays across apps (one engine and session per app, taken in turn) [default with --devnet: the apps delegated to it]'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --no-verify 'Do not check the servicer''s signature on the answer'
            cand --devnet 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand height 'The latest block height'
            cand account 'An account: balance and public key (Morse: null in JSON for an address never seen; Shannon: account number, sequence and public key)'
            cand balance 'An account''s balance (upokt)'
            cand app 'A staked app: chains, stake, max relays, status (Shannon: services, stake, gateways)'
            cand gateway 'A staked gateway (Shannon)'
            cand supplier 'A staked supplier by operator address (Shannon; `node` on Morse)'
            cand services 'The services and their compute units per relay (Shannon; `chains` on Morse)'
            cand apps 'Staked apps, every page (filter by chain and status)'
            cand node 'A staked node'
            cand nodes 'Staked nodes, every page (filter by chain, status and jailing)'
            cand params 'Every module''s params (or one with --key); Shannon: the shared and session params'
            cand chains 'The relay chains the network supports'
            cand tx 'A transaction by hash: its height and result code'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;query;height'= {
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;account'= {
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;balance'= {
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;app'= {
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;gateway'= {
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;supplier'= {
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;services'= {
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;apps'= {
            cand --chain 'Only those staked for this chain (ID or alias)'
            cand --status 'Staking status: staked, unstaking or any'
            cand --per-page 'Entries asked for per page'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;node'= {
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;nodes'= {
            cand --chain 'Only those staked for this chain (ID or alias)'
            cand --status 'Staking status: staked, unstaking or any'
            cand --per-page 'Entries asked for per page'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --jailed 'Jailing: any, jailed or unjailed'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;params'= {
            cand --key 'Only this param, e.g. application/BaseRelaysPerPOKT (Shannon: shared/num_blocks_per_session)'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;chains'= {
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;tx'= {
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;query;help'= {
            cand height 'The latest block height'
            cand account 'An account: balance and public key (Morse: null in JSON for an address never seen; Shannon: account number, sequence and public key)'
            cand balance 'An account''s balance (upokt)'
            cand app 'A staked app: chains, stake, max relays, status (Shannon: services, stake, gateways)'
            cand gateway 'A staked gateway (Shannon)'
            cand supplier 'A staked supplier by operator address (Shannon; `node` on Morse)'
            cand services 'The services and their compute units per relay (Shannon; `chains` on Morse)'
            cand apps 'Staked apps, every page (filter by chain and status)'
            cand node 'A staked node'
            cand nodes 'Staked nodes, every page (filter by chain, status and jailing)'
            cand params 'Every module''s params (or one with --key); Shannon: the shared and session params'
            cand chains 'The relay chains the network supports'
            cand tx 'A transaction by hash: its height and result code'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;query;help;height'= {
        }
        &'pgw;query;help;account'= {
        }
        &'pgw;query;help;balance'= {
        }
        &'pgw;query;help;app'= {
        }
        &'pgw;query;help;gateway'= {
        }
        &'pgw;query;help;supplier'= {
        }
        &'pgw;query;help;services'= {
        }
        &'pgw;query;help;apps'= {
        }
        &'pgw;query;help;node'= {
        }
        &'pgw;query;help;nodes'= {
        }
        &'pgw;query;help;params'= {
        }
        &'pgw;query;help;chains'= {
        }
        &'pgw;query;help;tx'= {
        }
        &'pgw;query;help;help'= {
        }
        &'pgw;app'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand stake 'Stake an app (or raise its stake / change its chains) with a keystore key. With --protocol shannon: a MsgStakeApplication for one service, gas from a simulation.'
            cand unstake 'Begin unstaking an app; it is removed after the network''s unstaking period and its stake returns to its account.'
            cand throughput 'An app''s relay budget: its max relays (as stored, and as pocket-core''s CalculateAppRelays gives for its stake under today''s params), per session on each chain, and per node in a session. With --protocol shannon: what its stake buys per session and per supplier at the service''s compute units per relay and relay-mining difficulty (docs/stake.md).'
            cand delegate 'Delegate a Shannon application to a gateway, so the gateway may sign its relays (it joins the app''s ring).'
            cand undelegate 'Undelegate a Shannon application from a gateway; the gateway stays in the app''s ring until the current session ends (poktroll''s pending undelegation).'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;app;stake'= {
            cand --from 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)'
            cand --fee 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]'
            cand --gas-adjustment 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)'
            cand --chain-id 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]'
            cand --memo 'A memo (at most 256 bytes)'
            cand --wait 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)'
            cand --entropy 'The tx entropy, for reproducible dry runs [default: random]'
            cand --account-number 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]'
            cand --sequence 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]'
            cand --gas 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --dry-run 'Print the sign doc and the raw transaction; send nothing'
            cand -y 'Sign and send without asking (needed when there is no terminal)'
            cand --yes 'Sign and send without asking (needed when there is no terminal)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;app;unstake'= {
            cand --from 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)'
            cand --fee 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]'
            cand --gas-adjustment 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)'
            cand --chain-id 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]'
            cand --memo 'A memo (at most 256 bytes)'
            cand --wait 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)'
            cand --entropy 'The tx entropy, for reproducible dry runs [default: random]'
            cand --account-number 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]'
            cand --sequence 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]'
            cand --gas 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --dry-run 'Print the sign doc and the raw transaction; send nothing'
            cand -y 'Sign and send without asking (needed when there is no terminal)'
            cand --yes 'Sign and send without asking (needed when there is no terminal)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;app;throughput'= {
            cand --chain 'Only this chain (ID or alias); Shannon: this service [default: the app''s]'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;app;delegate'= {
            cand --from 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)'
            cand --fee 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]'
            cand --gas-adjustment 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)'
            cand --chain-id 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]'
            cand --memo 'A memo (at most 256 bytes)'
            cand --wait 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)'
            cand --entropy 'The tx entropy, for reproducible dry runs [default: random]'
            cand --account-number 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]'
            cand --sequence 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]'
            cand --gas 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --dry-run 'Print the sign doc and the raw transaction; send nothing'
            cand -y 'Sign and send without asking (needed when there is no terminal)'
            cand --yes 'Sign and send without asking (needed when there is no terminal)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;app;undelegate'= {
            cand --from 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)'
            cand --fee 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]'
            cand --gas-adjustment 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)'
            cand --chain-id 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]'
            cand --memo 'A memo (at most 256 bytes)'
            cand --wait 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)'
            cand --entropy 'The tx entropy, for reproducible dry runs [default: random]'
            cand --account-number 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]'
            cand --sequence 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]'
            cand --gas 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --dry-run 'Print the sign doc and the raw transaction; send nothing'
            cand -y 'Sign and send without asking (needed when there is no terminal)'
            cand --yes 'Sign and send without asking (needed when there is no terminal)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;app;help'= {
            cand stake 'Stake an app (or raise its stake / change its chains) with a keystore key. With --protocol shannon: a MsgStakeApplication for one service, gas from a simulation.'
            cand unstake 'Begin unstaking an app; it is removed after the network''s unstaking period and its stake returns to its account.'
            cand throughput 'An app''s relay budget: its max relays (as stored, and as pocket-core''s CalculateAppRelays gives for its stake under today''s params), per session on each chain, and per node in a session. With --protocol shannon: what its stake buys per session and per supplier at the service''s compute units per relay and relay-mining difficulty (docs/stake.md).'
            cand delegate 'Delegate a Shannon application to a gateway, so the gateway may sign its relays (it joins the app''s ring).'
            cand undelegate 'Undelegate a Shannon application from a gateway; the gateway stays in the app''s ring until the current session ends (poktroll''s pending undelegation).'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;app;help;stake'= {
        }
        &'pgw;app;help;unstake'= {
        }
        &'pgw;app;help;throughput'= {
        }
        &'pgw;app;help;delegate'= {
        }
        &'pgw;app;help;undelegate'= {
        }
        &'pgw;app;help;help'= {
        }
        &'pgw;gateway'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand stake 'Stake a Shannon gateway (or raise its stake) with a keystore key.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;gateway;stake'= {
            cand --from 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)'
            cand --fee 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]'
            cand --gas-adjustment 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)'
            cand --chain-id 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]'
            cand --memo 'A memo (at most 256 bytes)'
            cand --wait 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)'
            cand --entropy 'The tx entropy, for reproducible dry runs [default: random]'
            cand --account-number 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]'
            cand --sequence 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]'
            cand --gas 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --dry-run 'Print the sign doc and the raw transaction; send nothing'
            cand -y 'Sign and send without asking (needed when there is no terminal)'
            cand --yes 'Sign and send without asking (needed when there is no terminal)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;gateway;help'= {
            cand stake 'Stake a Shannon gateway (or raise its stake) with a keystore key.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;gateway;help;stake'= {
        }
        &'pgw;gateway;help;help'= {
        }
        &'pgw;send'= {
            cand --from 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)'
            cand --fee 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]'
            cand --gas-adjustment 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)'
            cand --chain-id 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]'
            cand --memo 'A memo (at most 256 bytes)'
            cand --wait 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)'
            cand --entropy 'The tx entropy, for reproducible dry runs [default: random]'
            cand --account-number 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]'
            cand --sequence 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]'
            cand --gas 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --dry-run 'Print the sign doc and the raw transaction; send nothing'
            cand -y 'Sign and send without asking (needed when there is no terminal)'
            cand --yes 'Sign and send without asking (needed when there is no terminal)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;bench'= {
            cand -n 'Number of requests [default: 200 when -z is not given]'
            cand --requests 'Number of requests [default: 200 when -z is not given]'
            cand -z 'Run for this long instead, e.g. 30s or 5m'
            cand --duration 'Run for this long instead, e.g. 30s or 5m'
            cand -c 'Concurrent workers (requests in flight)'
            cand --concurrency 'Concurrent workers (requests in flight)'
            cand --rate 'Send at this many requests per second in total (latency counts from each due time)'
            cand --fail-if 'Exit 1 when a threshold is crossed, e.g. ''p99>250ms'', ''errors>1%'', ''rps<500'' (repeatable)'
            cand --node 'Send only to this session node (address or service URL)'
            cand --retries 'Extra attempts on other nodes when one fails (0: each request is one attempt)'
            cand --warmup 'Unmeasured relays sent first to open connections [default: concurrency × node URLs, at most 1000]'
            cand --method 'HTTP method the servicer uses towards the chain'
            cand --path 'REST path on the chain (empty for JSON-RPC)'
            cand -H 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null'
            cand --header 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null'
            cand --aat 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign'
            cand --credential 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed'
            cand --app-key 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)'
            cand --app-key-file 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)'
            cand --client-key 'The client''s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)'
            cand --client-key-file 'A file holding the client''s private key as hex'
            cand --gateway-key 'The gateway''s key, which signs for apps that delegated to it: a Shannon keystore name or address (or hex, visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)'
            cand --gateway-key-file 'A file holding the gateway''s secp256k1 private key as 64 hex characters'
            cand --app 'An app the gateway signs for (pokt1…); repeat to spread relays across apps (one engine and session per app, taken in turn) [default with --devnet: the apps delegated to it]'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --sign-only 'Only sign relays, on every core, with no network; compares with bare Ed25519 signing'
            cand --no-verify 'Do not check the servicer''s signature on answers'
            cand --devnet 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand merge 'Combine JSON reports of runs made at the same time on several machines into one'
        }
        &'pgw;bench;merge'= {
            cand --fail-if 'Exit 1 when a threshold is crossed in the merged report (repeatable)'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;serve'= {
            cand --listen 'Address to listen on'
            cand --chain 'A chain to serve, ID or alias (repeatable; the first answers POST /) [default: eth, plus pokt with --devnet]'
            cand --retries 'Extra attempts on other nodes (or after a fresh dispatch) when one fails'
            cand --consensus 'Ask N distinct nodes for every read and answer with the majority'
            cand --sync-allowance 'Blocks a node may lag behind the session''s agreed height: BLOCKS for every chain, or CHAIN=BLOCKS (repeatable) [default: 5]'
            cand --sync-interval 'Time between sync checks of every session node'
            cand --request-timeout 'Longest time for one request''s relay, all attempts included (then 504 or a JSON-RPC error)'
            cand --max-body 'Largest request body, e.g. 1MiB, 256KiB or a number of bytes (larger: 413)'
            cand --max-connections 'Open client connections at most (more wait to be accepted)'
            cand --shutdown-timeout 'How long shutdown waits for in-flight requests'
            cand --api-key-file 'A file holding the API key clients must send (read once; required off loopback unless --insecure-public)'
            cand --state 'Where gateway state lives: memory (this process only), or redis://HOST:PORT[/DB] to share sessions, node evictions and relay budgets with other pgw serve processes'
            cand --relay-budget 'Relays each app may send to one node in one session, counted across every gateway sharing --state; a spent node is skipped until the session ends, then the next --app. `auto` reads it from the chain at start: on Morse the app''s max relays per session node, as pocket-core limits it (code 71); on Shannon each app''s relays per supplier from its own stake, as the relay miner meters it [default: unlimited]'
            cand --log-format 'Log line format on stderr'
            cand --aat 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign'
            cand --credential 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed'
            cand --app-key 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)'
            cand --app-key-file 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)'
            cand --client-key 'The client''s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)'
            cand --client-key-file 'A file holding the client''s private key as hex'
            cand --gateway-key 'The gateway''s key, which signs for apps that delegated to it: a Shannon keystore name or address (or hex, visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)'
            cand --gateway-key-file 'A file holding the gateway''s secp256k1 private key as 64 hex characters'
            cand --app 'An app the gateway signs for (pokt1…); repeat to spread relays across apps (one engine and session per app, taken in turn) [default with --devnet: the apps delegated to it]'
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --no-verify 'Do not check the servicer''s signature on answers'
            cand --insecure-public 'Listen beyond loopback without an API key'
            cand --devnet 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;devnet'= {
            cand --protocol 'The protocol to simulate: morse or shannon'
            cand --listen 'The dispatcher''s (Morse) or full node''s (Shannon) address; each node or relay miner gets its own loopback port [default: 127.0.0.1:8081, Shannon 127.0.0.1:8082]'
            cand --nodes 'Number of servicer nodes (Morse) or suppliers, one relay miner each (Shannon)'
            cand --chains 'Chains every node hosts (IDs or aliases, comma-separated); on Shannon, services (eth, anvil, … or Morse chains that map to one) [default: 0001,0021, Shannon eth,anvil]'
            cand --block-time 'Time between blocks (e.g. 10s, 500ms, 1m; 0 freezes the height)'
            cand --blocks-per-session 'Blocks per session'
            cand --session-nodes 'Nodes per session (all nodes when fewer)'
            cand --start-height 'The first block height (at most 1000000000000000, so heights never overflow)'
            cand --session-sync-allowance 'Sessions back that nodes still accept (pocket-core''s client_session_sync_allowance)'
            cand --seed 'Seed for the nodes'' deterministic keys and block hashes'
            cand --fault 'A node''s fault profile, NODE=PROFILE (repeatable): down, slow:MS, timeout, 5xx, garbage, bad-signature, lagging:BLOCKS, error:CODE'
            cand --apps 'Stake only the apps in FILE: [{"public_key": "…", "chains": ["0021"], "max_relays": 1000}]'
            cand --upstream 'Forward CHAIN''s relays to a real RPC endpoint instead of the built-in chain (repeatable)'
            cand --faults 'Fault profiles from a JSON file: {"0": "down", "2": "slow:300"}'
            cand --fund 'Give ADDRESS a genesis balance, e.g. --fund b50a…c560=2000POKT (repeatable; amounts in POKT or upokt, a bare number is upokt). Transactions are signed for chain id "localnet"'
            cand --full-node-fault 'Shannon: the full node''s own fault profile (down, slow:MS, timeout, 5xx, garbage, lagging:BLOCKS)'
            cand --keyless 'Shannon: suppliers whose accounts have no public key on chain (indices, comma-separated)'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;chains'= {
            cand --protocol 'Which protocol''s chain names to list: morse (relay chain IDs) or shannon (service IDs)'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;config'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the resolved network settings and where each came from (flag, env, file, default).'
            cand init 'Write a commented $PGW_HOME/config.toml to start from.'
            cand path 'Print the path of the config file ($PGW_HOME/config.toml), whether it exists or not.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;config;show'= {
            cand --dispatcher 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --full-node 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]'
            cand --profile 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]'
            cand --protocol 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]'
            cand --connect-timeout 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]'
            cand --timeout 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;config;init'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand --force 'Replace an existing config.toml with the template'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;config;path'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;config;help'= {
            cand show 'Show the resolved network settings and where each came from (flag, env, file, default).'
            cand init 'Write a commented $PGW_HOME/config.toml to start from.'
            cand path 'Print the path of the config file ($PGW_HOME/config.toml), whether it exists or not.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;config;help;show'= {
        }
        &'pgw;config;help;init'= {
        }
        &'pgw;config;help;path'= {
        }
        &'pgw;config;help;help'= {
        }
        &'pgw;completions'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand --passphrase-file 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;help'= {
            cand keys 'Manage the encrypted local keystore'
            cand aat 'Make and verify Application Authentication Tokens (AATs)'
            cand proof 'Build and verify signed relays offline'
            cand dispatch 'Fetch and show the current session (heights, session key, servicer nodes or suppliers)'
            cand relay 'Send a request through POKT: signed relay, failover, verified answer'
            cand query 'Query the chain: height, accounts, balances, apps, nodes, params, chains, transactions'
            cand app 'Stake and unstake apps, show an app''s relay throughput; Shannon: delegate to gateways'
            cand gateway 'Stake Shannon gateways'
            cand send 'Send POKT from a keystore key''s account (a signed Morse or Shannon transaction)'
            cand bench 'Load-test relays: throughput, latency percentiles, errors per node'
            cand serve 'Serve relays as a local HTTP JSON-RPC gateway, with node QoS, metrics and /qos'
            cand devnet 'Run a local pocket-core-compatible network (dispatcher + servicers) for tests and demos'
            cand chains 'List known relay chain IDs, names and aliases'
            cand config 'Show and initialise network settings (dispatchers, profiles, timeouts)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;help;keys'= {
            cand new 'Create a new key in the keystore.'
            cand list 'List the keys in the keystore (no passphrase needed).'
            cand show 'Show one key: address, public key and file (no passphrase needed).'
            cand import 'Import a key: a PPK file (pocket-core, wallets, SDKs) or a raw hex private key, or a Shannon key from a mnemonic, `pocketd keys export`''s armored file or its hex export.'
            cand export 'Export a key as a PPK file that pocket-core (`pocket accounts import-armored`), wallets and the SDKs import, protected by the key''s keystore passphrase.'
            cand delete 'Delete a key (asks for confirmation on a terminal; scripts pass --yes).'
            cand rename 'Rename a key (no passphrase needed).'
            cand passwd 'Change a key''s passphrase.'
            cand sign 'Sign bytes with a key (Ed25519 over the hex-decoded bytes, no hashing), like `pocket accounts sign`. A Shannon key signs as cosmos secp256k1 does: ECDSA over SHA-256 of the bytes, the 64-byte R‖S with a low S.'
            cand verify 'Verify an Ed25519 signature over hex bytes, or a Shannon secp256k1 one when PUBKEY is a 33-byte compressed key (66 hex characters; ECDSA over SHA-256 of the bytes, low S only). Exits 0 when valid, 1 when not.'
        }
        &'pgw;help;keys;new'= {
        }
        &'pgw;help;keys;list'= {
        }
        &'pgw;help;keys;show'= {
        }
        &'pgw;help;keys;import'= {
        }
        &'pgw;help;keys;export'= {
        }
        &'pgw;help;keys;delete'= {
        }
        &'pgw;help;keys;rename'= {
        }
        &'pgw;help;keys;passwd'= {
        }
        &'pgw;help;keys;sign'= {
        }
        &'pgw;help;keys;verify'= {
        }
        &'pgw;help;aat'= {
            cand gen 'Make a signed AAT: the app key authorises a client key to sign relays for it.'
            cand verify 'Check an AAT as a node does: version, key formats and the app''s signature.'
        }
        &'pgw;help;aat;gen'= {
        }
        &'pgw;help;aat;verify'= {
        }
        &'pgw;help;proof'= {
            cand sign 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay (Morse) or to a relay miner (Shannon).'
            cand verify 'Check a relay body as a servicer node (Morse) or relay miner (Shannon) would, offline, and explain any failure.'
        }
        &'pgw;help;proof;sign'= {
        }
        &'pgw;help;proof;verify'= {
        }
        &'pgw;help;dispatch'= {
        }
        &'pgw;help;relay'= {
        }
        &'pgw;help;query'= {
            cand height 'The latest block height'
            cand account 'An account: balance and public key (Morse: null in JSON for an address never seen; Shannon: account number, sequence and public key)'
            cand balance 'An account''s balance (upokt)'
            cand app 'A staked app: chains, stake, max relays, status (Shannon: services, stake, gateways)'
            cand gateway 'A staked gateway (Shannon)'
            cand supplier 'A staked supplier by operator address (Shannon; `node` on Morse)'
            cand services 'The services and their compute units per relay (Shannon; `chains` on Morse)'
            cand apps 'Staked apps, every page (filter by chain and status)'
            cand node 'A staked node'
            cand nodes 'Staked nodes, every page (filter by chain, status and jailing)'
            cand params 'Every module''s params (or one with --key); Shannon: the shared and session params'
            cand chains 'The relay chains the network supports'
            cand tx 'A transaction by hash: its height and result code'
        }
        &'pgw;help;query;height'= {
        }
        &'pgw;help;query;account'= {
        }
        &'pgw;help;query;balance'= {
        }
        &'pgw;help;query;app'= {
        }
        &'pgw;help;query;gateway'= {
        }
        &'pgw;help;query;supplier'= {
        }
        &'pgw;help;query;services'= {
        }
        &'pgw;help;query;apps'= {
        }
        &'pgw;help;query;node'= {
        }
        &'pgw;help;query;nodes'= {
        }
        &'pgw;help;query;params'= {
        }
        &'pgw;help;query;chains'= {
        }
        &'pgw;help;query;tx'= {
        }
        &'pgw;help;app'= {
            cand stake 'Stake an app (or raise its stake / change its chains) with a keystore key. With --protocol shannon: a MsgStakeApplication for one service, gas from a simulation.'
            cand unstake 'Begin unstaking an app; it is removed after the network''s unstaking period and its stake returns to its account.'
            cand throughput 'An app''s relay budget: its max relays (as stored, and as pocket-core''s CalculateAppRelays gives for its stake under today''s params), per session on each chain, and per node in a session. With --protocol shannon: what its stake buys per session and per supplier at the service''s compute units per relay and relay-mining difficulty (docs/stake.md).'
            cand delegate 'Delegate a Shannon application to a gateway, so the gateway may sign its relays (it joins the app''s ring).'
            cand undelegate 'Undelegate a Shannon application from a gateway; the gateway stays in the app''s ring until the current session ends (poktroll''s pending undelegation).'
        }
        &'pgw;help;app;stake'= {
        }
        &'pgw;help;app;unstake'= {
        }
        &'pgw;help;app;throughput'= {
        }
        &'pgw;help;app;delegate'= {
        }
        &'pgw;help;app;undelegate'= {
        }
        &'pgw;help;gateway'= {
            cand stake 'Stake a Shannon gateway (or raise its stake) with a keystore key.'
        }
        &'pgw;help;gateway;stake'= {
        }
        &'pgw;help;send'= {
        }
        &'pgw;help;bench'= {
            cand merge 'Combine JSON reports of runs made at the same time on several machines into one'
        }
        &'pgw;help;bench;merge'= {
        }
        &'pgw;help;serve'= {
        }
        &'pgw;help;devnet'= {
        }
        &'pgw;help;chains'= {
        }
        &'pgw;help;config'= {
            cand show 'Show the resolved network settings and where each came from (flag, env, file, default).'
            cand init 'Write a commented $PGW_HOME/config.toml to start from.'
            cand path 'Print the path of the config file ($PGW_HOME/config.toml), whether it exists or not.'
        }
        &'pgw;help;config;show'= {
        }
        &'pgw;help;config;init'= {
        }
        &'pgw;help;config;path'= {
        }
        &'pgw;help;completions'= {
        }
        &'pgw;help;help'= {
        }
    ]
    $completions[$command]
}
