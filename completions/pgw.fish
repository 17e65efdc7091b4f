# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pgw_global_optspecs
    string join \n output= home= q/quiet v/verbose passphrase-file= h/help V/version
end

function __fish_pgw_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pgw_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pgw_using_subcommand
    set -l cmd (__fish_pgw_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pgw -n "__fish_pgw_needs_command" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_needs_command" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_needs_command" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_needs_command" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_needs_command" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_needs_command" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "keys" -d 'Manage the encrypted local keystore'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "aat" -d 'Make and verify Application Authentication Tokens (AATs)'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "proof" -d 'Build and verify signed relays offline'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "dispatch" -d 'Fetch and show the current session (heights, session key, servicer nodes or suppliers)'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "session" -d 'Fetch and show the current session (heights, session key, servicer nodes or suppliers)'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "relay" -d 'Send a request through POKT: signed relay, failover, verified answer'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "query" -d 'Query the chain: height, accounts, balances, apps, nodes, params, chains, transactions'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "app" -d 'Stake and unstake apps, show an app\'s relay throughput; Shannon: delegate to gateways'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "gateway" -d 'Stake Shannon gateways'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "send" -d 'Send POKT from a keystore key\'s account (a signed Morse or Shannon transaction)'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "bench" -d 'Load-test relays: throughput, latency percentiles, errors per node'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "serve" -d 'Serve relays as a local HTTP JSON-RPC gateway, with node QoS, metrics and /qos'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "devnet" -d 'Run a local pocket-core-compatible network (dispatcher + servicers) for tests and demos'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "chains" -d 'List known relay chain IDs, names and aliases'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "config" -d 'Show and initialise network settings (dispatchers, profiles, timeouts)'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c pgw -n "__fish_pgw_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -f -a "new" -d 'Create a new key in the keystore.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -f -a "list" -d 'List the keys in the keystore (no passphrase needed).'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -f -a "show" -d 'Show one key: address, public key and file (no passphrase needed).'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -f -a "import" -d 'Import a key: a PPK file (pocket-core, wallets, SDKs) or a raw hex private key, or a Shannon key from a mnemonic, `pocketd keys export`\'s armored file or its hex export.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -f -a "export" -d 'Export a key as a PPK file that pocket-core (`pocket accounts import-armored`), wallets and the SDKs import, protected by the key\'s keystore passphrase.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -f -a "delete" -d 'Delete a key (asks for confirmation on a terminal; scripts pass --yes).'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -f -a "rename" -d 'Rename a key (no passphrase needed).'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -f -a "passwd" -d 'Change a key\'s passphrase.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -f -a "sign" -d 'Sign bytes with a key (Ed25519 over the hex-decoded bytes, no hashing), like `pocket accounts sign`. A Shannon key signs as cosmos secp256k1 does: ECDSA over SHA-256 of the bytes, the 64-byte R‖S with a low S.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -f -a "verify" -d 'Verify an Ed25519 signature over hex bytes, or a Shannon secp256k1 one when PUBKEY is a 33-byte compressed key (66 hex characters; ECDSA over SHA-256 of the bytes, low S only). Exits 0 when valid, 1 when not.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and not __fish_seen_subcommand_from new list show import export delete rename passwd sign verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from new" -l hint -d 'A free-text hint stored (unencrypted) with the key, as PPK files allow' -r
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from new" -l protocol -d 'The network the key is for: morse (Ed25519) or shannon (secp256k1)' -r -f -a "morse\t'POKT v0 (pocket-core): Ed25519, 40-hex addresses'
shannon\t'POKT Shannon (poktroll): secp256k1, bech32 `pokt1…` addresses'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from new" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from new" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from new" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from new" -l force -d 'Replace an existing key of the same name'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from new" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from list" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from list" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from show" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from show" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l ppk -d 'A PPK (armored JSON) key file' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l raw-file -d 'A file holding the private key as hex, or - for stdin' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l ppk-passphrase-file -d 'Read the key file\'s own password (PPK or armored) from FILE' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l protocol -d 'The key\'s network: morse (Ed25519, the default) or shannon (secp256k1); it decides how --raw-file is read' -r -f -a "morse\t'POKT v0 (pocket-core): Ed25519, 40-hex addresses'
shannon\t'POKT Shannon (poktroll): secp256k1, bech32 `pokt1…` addresses'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l mnemonic-file -d 'Read the mnemonic from FILE (- for stdin)' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l coin-type -d 'BIP-44 coin type of the derivation path m/44\'/COIN\'/ACCOUNT\'/0/INDEX (pocketd\'s default is 118; POKT\'s registered 635 only if the key was made with --coin-type=635)' -r
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l account -d 'BIP-44 account of the derivation path' -r
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l index -d 'BIP-44 address index of the derivation path' -r
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l bip39-passphrase-file -d 'Read an optional BIP-39 passphrase (the "25th word"; none by default, as pocketd) from FILE\'s first line; PGW_BIP39_PASSPHRASE also works' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l armored -d 'The armored file `pocketd keys export NAME` writes (BEGIN TENDERMINT PRIVATE KEY)' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l new-passphrase -d 'Protect the imported key file with a new keystore passphrase instead of its own password'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l force -d 'Replace an existing key of the same name'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l mnemonic -d 'Derive a Shannon key from a BIP-39 mnemonic (--mnemonic-file, PGW_MNEMONIC or a prompt)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -l hex -d 'Import a Shannon key given as 64 hex characters (--raw-file, PGW_KEY_HEX or a prompt)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from export" -l out -d 'Write the PPK to FILE (mode 0600) instead of stdout' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from export" -l hint -d 'Replace the PPK\'s hint text' -r
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from export" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from export" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from export" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from export" -l unsafe-raw -d 'Print the unencrypted private key (hex) on stdout'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from delete" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from delete" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from rename" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from rename" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from rename" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from rename" -l force -d 'Replace an existing key named NEW'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from passwd" -l new-passphrase-file -d 'Read the new passphrase from FILE' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from passwd" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from passwd" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from passwd" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from passwd" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from sign" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from sign" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from sign" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from sign" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from verify" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from verify" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "new" -d 'Create a new key in the keystore.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the keys in the keystore (no passphrase needed).'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one key: address, public key and file (no passphrase needed).'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a key: a PPK file (pocket-core, wallets, SDKs) or a raw hex private key, or a Shannon key from a mnemonic, `pocketd keys export`\'s armored file or its hex export.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a key as a PPK file that pocket-core (`pocket accounts import-armored`), wallets and the SDKs import, protected by the key\'s keystore passphrase.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a key (asks for confirmation on a terminal; scripts pass --yes).'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a key (no passphrase needed).'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Change a key\'s passphrase.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign bytes with a key (Ed25519 over the hex-decoded bytes, no hashing), like `pocket accounts sign`. A Shannon key signs as cosmos secp256k1 does: ECDSA over SHA-256 of the bytes, the 64-byte R‖S with a low S.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify an Ed25519 signature over hex bytes, or a Shannon secp256k1 one when PUBKEY is a 33-byte compressed key (66 hex characters; ECDSA over SHA-256 of the bytes, low S only). Exits 0 when valid, 1 when not.'
complete -c pgw -n "__fish_pgw_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and not __fish_seen_subcommand_from gen verify help" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand aat; and not __fish_seen_subcommand_from gen verify help" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand aat; and not __fish_seen_subcommand_from gen verify help" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand aat; and not __fish_seen_subcommand_from gen verify help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and not __fish_seen_subcommand_from gen verify help" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and not __fish_seen_subcommand_from gen verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and not __fish_seen_subcommand_from gen verify help" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and not __fish_seen_subcommand_from gen verify help" -f -a "gen" -d 'Make a signed AAT: the app key authorises a client key to sign relays for it.'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and not __fish_seen_subcommand_from gen verify help" -f -a "verify" -d 'Check an AAT as a node does: version, key formats and the app\'s signature.'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and not __fish_seen_subcommand_from gen verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -l app-key -d 'The app\'s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -l app-key-file -d 'A file holding the app\'s private key as hex (128 characters, or a 64-character seed)' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -l client-pub -d 'The client\'s public key (64 hex characters)' -r
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -l client-key -d 'The client\'s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -l client-key-file -d 'A file holding the client\'s private key as hex' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -l out -d 'Also write the AAT as JSON to FILE' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -l credential-out -d 'Also write a client credential file for scripts: the AAT and its client\'s private key, unencrypted, mode 0600. Without a client key, a new client key is generated for it' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -l force -d 'Overwrite an existing --credential-out file'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from gen" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from verify" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from verify" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from help" -f -a "gen" -d 'Make a signed AAT: the app key authorises a client key to sign relays for it.'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check an AAT as a node does: version, key formats and the app\'s signature.'
complete -c pgw -n "__fish_pgw_using_subcommand aat; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and not __fish_seen_subcommand_from sign verify help" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand proof; and not __fish_seen_subcommand_from sign verify help" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and not __fish_seen_subcommand_from sign verify help" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and not __fish_seen_subcommand_from sign verify help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and not __fish_seen_subcommand_from sign verify help" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and not __fish_seen_subcommand_from sign verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and not __fish_seen_subcommand_from sign verify help" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and not __fish_seen_subcommand_from sign verify help" -f -a "sign" -d 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay (Morse) or to a relay miner (Shannon).'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and not __fish_seen_subcommand_from sign verify help" -f -a "verify" -d 'Check a relay body as a servicer node (Morse) or relay miner (Shannon) would, offline, and explain any failure.'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and not __fish_seen_subcommand_from sign verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l protocol -d 'The network whose relay to build [default: morse]' -r -f -a "morse\t'POKT v0 (pocket-core): JSON relays, ed25519 keys, AATs'
shannon\t'poktroll, the live network: protobuf relays, secp256k1 keys, ring signatures'"
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l servicer -d 'Public key of the servicer node the relay is for (64 hex characters)' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l session-height -d 'The session\'s block height' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l block-height -d 'The relay\'s meta.block_height [default: the session height]' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l entropy -d 'The proof\'s entropy, 0 to 9223372036854775807 [default: random]' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l method -d 'HTTP method the servicer uses towards the chain' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l path -d 'REST path on the chain (empty for JSON-RPC)' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -s H -l header -d 'An HTTP header for the chain request, \'Name: value\' (repeatable); none means "headers":null' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l aat -d 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l credential -d 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l app-key -d 'The app\'s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l app-key-file -d 'A file holding the app\'s private key as hex (128 characters, or a 64-character seed)' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l client-key -d 'The client\'s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l client-key-file -d 'A file holding the client\'s private key as hex' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l app -d 'The application\'s address (pokt1…) [default: the session header\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l session-header -d 'The session header as JSON (session.header of a get_session response), or @FILE' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l session -d 'A get_session response (JSON) to take the header and the suppliers from' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l supplier -d 'The supplier operator address the relay is for (pokt1…)' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l gateway-key -d 'The gateway\'s key, which signs for apps delegated to it: a private key as 64 hex characters (visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l gateway-key-file -d 'A file holding the gateway\'s secp256k1 private key as 64 hex characters' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l ring -d 'A ring public key (66 hex characters; repeat, or separate with commas), in the chain\'s order: the app\'s, then its delegated gateways\'. The signer\'s key must be in it [default with an app key: the app and poktroll\'s placeholder key]' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l url -d 'The URL of the inner HTTP request (the relay miner keeps only its path and query); --path is appended' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l response -d 'The node\'s answer: Morse {"response","signature"}, or a Shannon RelayResponse' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l protocol -d 'The network of the input [default: detected from the input]' -r -f -a "morse\t'POKT v0 (pocket-core): JSON relays, ed25519 keys, AATs'
shannon\t'poktroll, the live network: protobuf relays, secp256k1 keys, ring signatures'"
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l supplier-pubkey -d 'The supplier operator\'s public key (66 hex characters), to check --response\'s signature' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l ring -d 'The chain\'s ring for the app (the app\'s and its delegated gateways\' public keys; repeat or separate with commas), to check ring membership' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l height -d 'The relay miner\'s current block height, to check the session window' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l grace-period -d 'The shared param grace_period_end_offset_blocks' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l ring-signature -d 'Check a bare ring signature (hex) over --message instead of a relay' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l message -d 'The 32-byte message (64 hex characters) the --ring-signature signs' -r
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -l explain -d 'Show the exact bytes hashed at each step'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay (Morse) or to a relay miner (Shannon).'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a relay body as a servicer node (Morse) or relay miner (Shannon) would, offline, and explain any failure.'
complete -c pgw -n "__fish_pgw_using_subcommand proof; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l app-pub -d 'The app\'s public key (64 hex characters; Morse)' -r
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l app -d 'The app\'s address (pokt1…; Shannon)' -r
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l gateway -d 'Check that the app delegated to this gateway (Shannon): exit 5 when it did not' -r
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l credential -d 'A client credential file: its AAT names the app' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l app-key -d 'The app\'s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l app-key-file -d 'A file holding the app\'s private key as hex (128 characters, or a 64-character seed)' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l compare -d 'Ask every dispatcher at once and flag disagreement (height lag, different session)'
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -l devnet -d 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given'
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand dispatch" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand session" -l app-pub -d 'The app\'s public key (64 hex characters; Morse)' -r
complete -c pgw -n "__fish_pgw_using_subcommand session" -l app -d 'The app\'s address (pokt1…; Shannon)' -r
complete -c pgw -n "__fish_pgw_using_subcommand session" -l gateway -d 'Check that the app delegated to this gateway (Shannon): exit 5 when it did not' -r
complete -c pgw -n "__fish_pgw_using_subcommand session" -l credential -d 'A client credential file: its AAT names the app' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand session" -l app-key -d 'The app\'s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand session" -l app-key-file -d 'A file holding the app\'s private key as hex (128 characters, or a 64-character seed)' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand session" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand session" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand session" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand session" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand session" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand session" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand session" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand session" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand session" -l compare -d 'Ask every dispatcher at once and flag disagreement (height lag, different session)'
complete -c pgw -n "__fish_pgw_using_subcommand session" -l devnet -d 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given'
complete -c pgw -n "__fish_pgw_using_subcommand session" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand session" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand session" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand session" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l method -d 'HTTP method the servicer uses towards the chain' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l path -d 'REST path on the chain (empty for JSON-RPC)' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -s H -l header -d 'An HTTP header for the chain request, \'Name: value\' (repeatable); none means "headers":null' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l node -d 'Send only to this session node (address or service URL)' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l retries -d 'Extra attempts on other nodes (or after a fresh dispatch) when one fails' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l consensus -d 'Ask N distinct nodes and return the majority answer, reporting nodes that disagree' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l aat -d 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l credential -d 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l app-key -d 'The app\'s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l app-key-file -d 'A file holding the app\'s private key as hex (128 characters, or a 64-character seed)' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l client-key -d 'The client\'s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l client-key-file -d 'A file holding the client\'s private key as hex' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l gateway-key -d 'The gateway\'s key, which signs for apps that delegated to it: a Shannon keystore name or address (or hex, visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l gateway-key-file -d 'A file holding the gateway\'s secp256k1 private key as 64 hex characters' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l app -d 'An app the gateway signs for (pokt1…); repeat to spread relays across apps (one engine and session per app, taken in turn) [default with --devnet: the apps delegated to it]' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l no-verify -d 'Do not check the servicer\'s signature on the answer'
complete -c pgw -n "__fish_pgw_using_subcommand relay" -l devnet -d 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given'
complete -c pgw -n "__fish_pgw_using_subcommand relay" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand relay" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand relay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand relay" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "height" -d 'The latest block height'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "account" -d 'An account: balance and public key (Morse: null in JSON for an address never seen; Shannon: account number, sequence and public key)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "balance" -d 'An account\'s balance (upokt)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "app" -d 'A staked app: chains, stake, max relays, status (Shannon: services, stake, gateways)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "gateway" -d 'A staked gateway (Shannon)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "supplier" -d 'A staked supplier by operator address (Shannon; `node` on Morse)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "services" -d 'The services and their compute units per relay (Shannon; `chains` on Morse)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "apps" -d 'Staked apps, every page (filter by chain and status)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "node" -d 'A staked node'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "nodes" -d 'Staked nodes, every page (filter by chain, status and jailing)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "params" -d 'Every module\'s params (or one with --key); Shannon: the shared and session params'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "chains" -d 'The relay chains the network supports'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "tx" -d 'A transaction by hash: its height and result code'
complete -c pgw -n "__fish_pgw_using_subcommand query; and not __fish_seen_subcommand_from height account balance app gateway supplier services apps node nodes params chains tx help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from height" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from account" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from app" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from gateway" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from supplier" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from services" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -l chain -d 'Only those staked for this chain (ID or alias)' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -l status -d 'Staking status: staked, unstaking or any' -r -f -a "staked\t''
unstaking\t''
any\t''"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -l per-page -d 'Entries asked for per page' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from apps" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from node" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l chain -d 'Only those staked for this chain (ID or alias)' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l status -d 'Staking status: staked, unstaking or any' -r -f -a "staked\t''
unstaking\t''
any\t''"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l per-page -d 'Entries asked for per page' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l jailed -d 'Jailing: any, jailed or unjailed' -r -f -a "any\t''
jailed\t''
unjailed\t''"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from nodes" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -l key -d 'Only this param, e.g. application/BaseRelaysPerPOKT (Shannon: shared/num_blocks_per_session)' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from params" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from chains" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from tx" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "height" -d 'The latest block height'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "account" -d 'An account: balance and public key (Morse: null in JSON for an address never seen; Shannon: account number, sequence and public key)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "balance" -d 'An account\'s balance (upokt)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "app" -d 'A staked app: chains, stake, max relays, status (Shannon: services, stake, gateways)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "gateway" -d 'A staked gateway (Shannon)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "supplier" -d 'A staked supplier by operator address (Shannon; `node` on Morse)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "services" -d 'The services and their compute units per relay (Shannon; `chains` on Morse)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "apps" -d 'Staked apps, every page (filter by chain and status)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "node" -d 'A staked node'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "nodes" -d 'Staked nodes, every page (filter by chain, status and jailing)'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "params" -d 'Every module\'s params (or one with --key); Shannon: the shared and session params'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "chains" -d 'The relay chains the network supports'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "tx" -d 'A transaction by hash: its height and result code'
complete -c pgw -n "__fish_pgw_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -f -a "stake" -d 'Stake an app (or raise its stake / change its chains) with a keystore key. With --protocol shannon: a MsgStakeApplication for one service, gas from a simulation.'
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -f -a "unstake" -d 'Begin unstaking an app; it is removed after the network\'s unstaking period and its stake returns to its account.'
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -f -a "throughput" -d 'An app\'s relay budget: its max relays (as stored, and as pocket-core\'s CalculateAppRelays gives for its stake under today\'s params), per session on each chain, and per node in a session. With --protocol shannon: what its stake buys per session and per supplier at the service\'s compute units per relay and relay-mining difficulty (docs/stake.md).'
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -f -a "delegate" -d 'Delegate a Shannon application to a gateway, so the gateway may sign its relays (it joins the app\'s ring).'
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -f -a "undelegate" -d 'Undelegate a Shannon application from a gateway; the gateway stays in the app\'s ring until the current session ends (poktroll\'s pending undelegation).'
complete -c pgw -n "__fish_pgw_using_subcommand app; and not __fish_seen_subcommand_from stake unstake throughput delegate undelegate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l from -d 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l fee -d 'The fee [default: Morse 10000upokt, pocket-core\'s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l gas-adjustment -d 'Shannon: the gas limit is the simulation\'s gas used times this (exact, e.g. 1.5)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l chain-id -d 'The network\'s chain id, which the signature covers ("mainnet", "testnet"; the devnet\'s is "localnet") [default: the profile\'s chain_id, else mainnet]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l memo -d 'A memo (at most 256 bytes)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l wait -d 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l entropy -d 'The tx entropy, for reproducible dry runs [default: random]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l account-number -d 'Shannon --dry-run offline: the signer\'s account number (with --sequence and --gas, no full node is asked) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l sequence -d 'Shannon --dry-run offline: the signer\'s sequence (with --account-number and --gas) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l gas -d 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation\'s gas used times --gas-adjustment]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -l dry-run -d 'Print the sign doc and the raw transaction; send nothing'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -s y -l yes -d 'Sign and send without asking (needed when there is no terminal)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from stake" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l from -d 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l fee -d 'The fee [default: Morse 10000upokt, pocket-core\'s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l gas-adjustment -d 'Shannon: the gas limit is the simulation\'s gas used times this (exact, e.g. 1.5)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l chain-id -d 'The network\'s chain id, which the signature covers ("mainnet", "testnet"; the devnet\'s is "localnet") [default: the profile\'s chain_id, else mainnet]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l memo -d 'A memo (at most 256 bytes)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l wait -d 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l entropy -d 'The tx entropy, for reproducible dry runs [default: random]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l account-number -d 'Shannon --dry-run offline: the signer\'s account number (with --sequence and --gas, no full node is asked) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l sequence -d 'Shannon --dry-run offline: the signer\'s sequence (with --account-number and --gas) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l gas -d 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation\'s gas used times --gas-adjustment]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -l dry-run -d 'Print the sign doc and the raw transaction; send nothing'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -s y -l yes -d 'Sign and send without asking (needed when there is no terminal)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from unstake" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -l chain -d 'Only this chain (ID or alias); Shannon: this service [default: the app\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from throughput" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l from -d 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l fee -d 'The fee [default: Morse 10000upokt, pocket-core\'s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l gas-adjustment -d 'Shannon: the gas limit is the simulation\'s gas used times this (exact, e.g. 1.5)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l chain-id -d 'The network\'s chain id, which the signature covers ("mainnet", "testnet"; the devnet\'s is "localnet") [default: the profile\'s chain_id, else mainnet]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l memo -d 'A memo (at most 256 bytes)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l wait -d 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l entropy -d 'The tx entropy, for reproducible dry runs [default: random]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l account-number -d 'Shannon --dry-run offline: the signer\'s account number (with --sequence and --gas, no full node is asked) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l sequence -d 'Shannon --dry-run offline: the signer\'s sequence (with --account-number and --gas) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l gas -d 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation\'s gas used times --gas-adjustment]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -l dry-run -d 'Print the sign doc and the raw transaction; send nothing'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -s y -l yes -d 'Sign and send without asking (needed when there is no terminal)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from delegate" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l from -d 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l fee -d 'The fee [default: Morse 10000upokt, pocket-core\'s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l gas-adjustment -d 'Shannon: the gas limit is the simulation\'s gas used times this (exact, e.g. 1.5)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l chain-id -d 'The network\'s chain id, which the signature covers ("mainnet", "testnet"; the devnet\'s is "localnet") [default: the profile\'s chain_id, else mainnet]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l memo -d 'A memo (at most 256 bytes)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l wait -d 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l entropy -d 'The tx entropy, for reproducible dry runs [default: random]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l account-number -d 'Shannon --dry-run offline: the signer\'s account number (with --sequence and --gas, no full node is asked) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l sequence -d 'Shannon --dry-run offline: the signer\'s sequence (with --account-number and --gas) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l gas -d 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation\'s gas used times --gas-adjustment]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -l dry-run -d 'Print the sign doc and the raw transaction; send nothing'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -s y -l yes -d 'Sign and send without asking (needed when there is no terminal)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from undelegate" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "stake" -d 'Stake an app (or raise its stake / change its chains) with a keystore key. With --protocol shannon: a MsgStakeApplication for one service, gas from a simulation.'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "unstake" -d 'Begin unstaking an app; it is removed after the network\'s unstaking period and its stake returns to its account.'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "throughput" -d 'An app\'s relay budget: its max relays (as stored, and as pocket-core\'s CalculateAppRelays gives for its stake under today\'s params), per session on each chain, and per node in a session. With --protocol shannon: what its stake buys per session and per supplier at the service\'s compute units per relay and relay-mining difficulty (docs/stake.md).'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "delegate" -d 'Delegate a Shannon application to a gateway, so the gateway may sign its relays (it joins the app\'s ring).'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "undelegate" -d 'Undelegate a Shannon application from a gateway; the gateway stays in the app\'s ring until the current session ends (poktroll\'s pending undelegation).'
complete -c pgw -n "__fish_pgw_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and not __fish_seen_subcommand_from stake help" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and not __fish_seen_subcommand_from stake help" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and not __fish_seen_subcommand_from stake help" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and not __fish_seen_subcommand_from stake help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and not __fish_seen_subcommand_from stake help" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and not __fish_seen_subcommand_from stake help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and not __fish_seen_subcommand_from stake help" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and not __fish_seen_subcommand_from stake help" -f -a "stake" -d 'Stake a Shannon gateway (or raise its stake) with a keystore key.'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and not __fish_seen_subcommand_from stake help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l from -d 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l fee -d 'The fee [default: Morse 10000upokt, pocket-core\'s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l gas-adjustment -d 'Shannon: the gas limit is the simulation\'s gas used times this (exact, e.g. 1.5)' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l chain-id -d 'The network\'s chain id, which the signature covers ("mainnet", "testnet"; the devnet\'s is "localnet") [default: the profile\'s chain_id, else mainnet]' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l memo -d 'A memo (at most 256 bytes)' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l wait -d 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l entropy -d 'The tx entropy, for reproducible dry runs [default: random]' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l account-number -d 'Shannon --dry-run offline: the signer\'s account number (with --sequence and --gas, no full node is asked) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l sequence -d 'Shannon --dry-run offline: the signer\'s sequence (with --account-number and --gas) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l gas -d 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation\'s gas used times --gas-adjustment]' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -l dry-run -d 'Print the sign doc and the raw transaction; send nothing'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -s y -l yes -d 'Sign and send without asking (needed when there is no terminal)'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from stake" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from help" -f -a "stake" -d 'Stake a Shannon gateway (or raise its stake) with a keystore key.'
complete -c pgw -n "__fish_pgw_using_subcommand gateway; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand send" -l from -d 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l fee -d 'The fee [default: Morse 10000upokt, pocket-core\'s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l gas-adjustment -d 'Shannon: the gas limit is the simulation\'s gas used times this (exact, e.g. 1.5)' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l chain-id -d 'The network\'s chain id, which the signature covers ("mainnet", "testnet"; the devnet\'s is "localnet") [default: the profile\'s chain_id, else mainnet]' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l memo -d 'A memo (at most 256 bytes)' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l wait -d 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l entropy -d 'The tx entropy, for reproducible dry runs [default: random]' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l account-number -d 'Shannon --dry-run offline: the signer\'s account number (with --sequence and --gas, no full node is asked) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l sequence -d 'Shannon --dry-run offline: the signer\'s sequence (with --account-number and --gas) [default: the chain\'s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l gas -d 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation\'s gas used times --gas-adjustment]' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand send" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand send" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand send" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand send" -l dry-run -d 'Print the sign doc and the raw transaction; send nothing'
complete -c pgw -n "__fish_pgw_using_subcommand send" -s y -l yes -d 'Sign and send without asking (needed when there is no terminal)'
complete -c pgw -n "__fish_pgw_using_subcommand send" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand send" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand send" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -s n -l requests -d 'Number of requests [default: 200 when -z is not given]' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -s z -l duration -d 'Run for this long instead, e.g. 30s or 5m' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -s c -l concurrency -d 'Concurrent workers (requests in flight)' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l rate -d 'Send at this many requests per second in total (latency counts from each due time)' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l fail-if -d 'Exit 1 when a threshold is crossed, e.g. \'p99>250ms\', \'errors>1%\', \'rps<500\' (repeatable)' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l node -d 'Send only to this session node (address or service URL)' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l retries -d 'Extra attempts on other nodes when one fails (0: each request is one attempt)' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l warmup -d 'Unmeasured relays sent first to open connections [default: concurrency × node URLs, at most 1000]' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l method -d 'HTTP method the servicer uses towards the chain' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l path -d 'REST path on the chain (empty for JSON-RPC)' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -s H -l header -d 'An HTTP header for the chain request, \'Name: value\' (repeatable); none means "headers":null' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l aat -d 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l credential -d 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l app-key -d 'The app\'s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l app-key-file -d 'A file holding the app\'s private key as hex (128 characters, or a 64-character seed)' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l client-key -d 'The client\'s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l client-key-file -d 'A file holding the client\'s private key as hex' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l gateway-key -d 'The gateway\'s key, which signs for apps that delegated to it: a Shannon keystore name or address (or hex, visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l gateway-key-file -d 'A file holding the gateway\'s secp256k1 private key as 64 hex characters' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l app -d 'An app the gateway signs for (pokt1…); repeat to spread relays across apps (one engine and session per app, taken in turn) [default with --devnet: the apps delegated to it]' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l sign-only -d 'Only sign relays, on every core, with no network; compares with bare Ed25519 signing'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l no-verify -d 'Do not check the servicer\'s signature on answers'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -l devnet -d 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and not __fish_seen_subcommand_from merge" -a "merge" -d 'Combine JSON reports of runs made at the same time on several machines into one'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and __fish_seen_subcommand_from merge" -l fail-if -d 'Exit 1 when a threshold is crossed in the merged report (repeatable)' -r
complete -c pgw -n "__fish_pgw_using_subcommand bench; and __fish_seen_subcommand_from merge" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand bench; and __fish_seen_subcommand_from merge" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand bench; and __fish_seen_subcommand_from merge" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand bench; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and __fish_seen_subcommand_from merge" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand bench; and __fish_seen_subcommand_from merge" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l listen -d 'Address to listen on' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l chain -d 'A chain to serve, ID or alias (repeatable; the first answers POST /) [default: eth, plus pokt with --devnet]' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l retries -d 'Extra attempts on other nodes (or after a fresh dispatch) when one fails' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l consensus -d 'Ask N distinct nodes for every read and answer with the majority' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l sync-allowance -d 'Blocks a node may lag behind the session\'s agreed height: BLOCKS for every chain, or CHAIN=BLOCKS (repeatable) [default: 5]' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l sync-interval -d 'Time between sync checks of every session node' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l request-timeout -d 'Longest time for one request\'s relay, all attempts included (then 504 or a JSON-RPC error)' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l max-body -d 'Largest request body, e.g. 1MiB, 256KiB or a number of bytes (larger: 413)' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l max-connections -d 'Open client connections at most (more wait to be accepted)' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l shutdown-timeout -d 'How long shutdown waits for in-flight requests' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l api-key-file -d 'A file holding the API key clients must send (read once; required off loopback unless --insecure-public)' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l state -d 'Where gateway state lives: memory (this process only), or redis://HOST:PORT[/DB] to share sessions, node evictions and relay budgets with other pgw serve processes' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l relay-budget -d 'Relays each app may send to one node in one session, counted across every gateway sharing --state; a spent node is skipped until the session ends, then the next --app. `auto` reads it from the chain at start: on Morse the app\'s max relays per session node, as pocket-core limits it (code 71); on Shannon each app\'s relays per supplier from its own stake, as the relay miner meters it [default: unlimited]' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'One human-readable line per event'
json\t'One JSON object per line'"
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l aat -d 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l credential -d 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l app-key -d 'The app\'s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l app-key-file -d 'A file holding the app\'s private key as hex (128 characters, or a 64-character seed)' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l client-key -d 'The client\'s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l client-key-file -d 'A file holding the client\'s private key as hex' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l gateway-key -d 'The gateway\'s key, which signs for apps that delegated to it: a Shannon keystore name or address (or hex, visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l gateway-key-file -d 'A file holding the gateway\'s secp256k1 private key as 64 hex characters' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l app -d 'An app the gateway signs for (pokt1…); repeat to spread relays across apps (one engine and session per app, taken in turn) [default with --devnet: the apps delegated to it]' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l no-verify -d 'Do not check the servicer\'s signature on answers'
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l insecure-public -d 'Listen beyond loopback without an API key'
complete -c pgw -n "__fish_pgw_using_subcommand serve" -l devnet -d 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given'
complete -c pgw -n "__fish_pgw_using_subcommand serve" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand serve" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand serve" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l protocol -d 'The protocol to simulate: morse or shannon' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l listen -d 'The dispatcher\'s (Morse) or full node\'s (Shannon) address; each node or relay miner gets its own loopback port [default: 127.0.0.1:8081, Shannon 127.0.0.1:8082]' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l nodes -d 'Number of servicer nodes (Morse) or suppliers, one relay miner each (Shannon)' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l chains -d 'Chains every node hosts (IDs or aliases, comma-separated); on Shannon, services (eth, anvil, … or Morse chains that map to one) [default: 0001,0021, Shannon eth,anvil]' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l block-time -d 'Time between blocks (e.g. 10s, 500ms, 1m; 0 freezes the height)' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l blocks-per-session -d 'Blocks per session' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l session-nodes -d 'Nodes per session (all nodes when fewer)' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l start-height -d 'The first block height (at most 1000000000000000, so heights never overflow)' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l session-sync-allowance -d 'Sessions back that nodes still accept (pocket-core\'s client_session_sync_allowance)' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l seed -d 'Seed for the nodes\' deterministic keys and block hashes' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l fault -d 'A node\'s fault profile, NODE=PROFILE (repeatable): down, slow:MS, timeout, 5xx, garbage, bad-signature, lagging:BLOCKS, error:CODE' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l apps -d 'Stake only the apps in FILE: [{"public_key": "…", "chains": ["0021"], "max_relays": 1000}]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l upstream -d 'Forward CHAIN\'s relays to a real RPC endpoint instead of the built-in chain (repeatable)' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l faults -d 'Fault profiles from a JSON file: {"0": "down", "2": "slow:300"}' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l fund -d 'Give ADDRESS a genesis balance, e.g. --fund b50a…c560=2000POKT (repeatable; amounts in POKT or upokt, a bare number is upokt). Transactions are signed for chain id "localnet"' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l full-node-fault -d 'Shannon: the full node\'s own fault profile (down, slow:MS, timeout, 5xx, garbage, lagging:BLOCKS)' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l keyless -d 'Shannon: suppliers whose accounts have no public key on chain (indices, comma-separated)' -r
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand devnet" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand chains" -l protocol -d 'Which protocol\'s chain names to list: morse (relay chain IDs) or shannon (service IDs)' -r
complete -c pgw -n "__fish_pgw_using_subcommand chains" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand chains" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand chains" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand chains" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand chains" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand chains" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand chains" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand config; and not __fish_seen_subcommand_from show init path help" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand config; and not __fish_seen_subcommand_from show init path help" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand config; and not __fish_seen_subcommand_from show init path help" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand config; and not __fish_seen_subcommand_from show init path help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand config; and not __fish_seen_subcommand_from show init path help" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand config; and not __fish_seen_subcommand_from show init path help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand config; and not __fish_seen_subcommand_from show init path help" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand config; and not __fish_seen_subcommand_from show init path help" -f -a "show" -d 'Show the resolved network settings and where each came from (flag, env, file, default).'
complete -c pgw -n "__fish_pgw_using_subcommand config; and not __fish_seen_subcommand_from show init path help" -f -a "init" -d 'Write a commented $PGW_HOME/config.toml to start from.'
complete -c pgw -n "__fish_pgw_using_subcommand config; and not __fish_seen_subcommand_from show init path help" -f -a "path" -d 'Print the path of the config file ($PGW_HOME/config.toml), whether it exists or not.'
complete -c pgw -n "__fish_pgw_using_subcommand config; and not __fish_seen_subcommand_from show init path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -l dispatcher -l full-node -d 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]' -r
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]' -r
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -l protocol -d 'The network\'s protocol: morse or shannon (overrides the profile\'s) [env: PGW_PROTOCOL]' -r
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -l connect-timeout -d 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]' -r
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from init" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from init" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from init" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Replace an existing config.toml with the template'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from path" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from path" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from path" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the resolved network settings and where each came from (flag, env, file, default).'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented $PGW_HOME/config.toml to start from.'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the config file ($PGW_HOME/config.toml), whether it exists or not.'
complete -c pgw -n "__fish_pgw_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand completions" -l output -d 'Output format: tables for people or JSON for scripts' -r -f -a "table\t'Tables and text for people'
json\t'JSON for scripts'"
complete -c pgw -n "__fish_pgw_using_subcommand completions" -l home -d 'pgw\'s data directory (keys, cache, config) [default: the user\'s data directory]' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand completions" -l passphrase-file -d 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt' -r -F
complete -c pgw -n "__fish_pgw_using_subcommand completions" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c pgw -n "__fish_pgw_using_subcommand completions" -s v -l verbose -d 'Show more detail on stderr (hashes, signing steps)'
complete -c pgw -n "__fish_pgw_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pgw -n "__fish_pgw_using_subcommand completions" -s V -l version -d 'Print version'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "keys" -d 'Manage the encrypted local keystore'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "aat" -d 'Make and verify Application Authentication Tokens (AATs)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "proof" -d 'Build and verify signed relays offline'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "dispatch" -d 'Fetch and show the current session (heights, session key, servicer nodes or suppliers)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "relay" -d 'Send a request through POKT: signed relay, failover, verified answer'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "query" -d 'Query the chain: height, accounts, balances, apps, nodes, params, chains, transactions'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "app" -d 'Stake and unstake apps, show an app\'s relay throughput; Shannon: delegate to gateways'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "gateway" -d 'Stake Shannon gateways'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "send" -d 'Send POKT from a keystore key\'s account (a signed Morse or Shannon transaction)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "bench" -d 'Load-test relays: throughput, latency percentiles, errors per node'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "serve" -d 'Serve relays as a local HTTP JSON-RPC gateway, with node QoS, metrics and /qos'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "devnet" -d 'Run a local pocket-core-compatible network (dispatcher + servicers) for tests and demos'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "chains" -d 'List known relay chain IDs, names and aliases'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "config" -d 'Show and initialise network settings (dispatchers, profiles, timeouts)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c pgw -n "__fish_pgw_using_subcommand help; and not __fish_seen_subcommand_from keys aat proof dispatch relay query app gateway send bench serve devnet chains config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "new" -d 'Create a new key in the keystore.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List the keys in the keystore (no passphrase needed).'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "show" -d 'Show one key: address, public key and file (no passphrase needed).'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "import" -d 'Import a key: a PPK file (pocket-core, wallets, SDKs) or a raw hex private key, or a Shannon key from a mnemonic, `pocketd keys export`\'s armored file or its hex export.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "export" -d 'Export a key as a PPK file that pocket-core (`pocket accounts import-armored`), wallets and the SDKs import, protected by the key\'s keystore passphrase.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "delete" -d 'Delete a key (asks for confirmation on a terminal; scripts pass --yes).'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "rename" -d 'Rename a key (no passphrase needed).'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "passwd" -d 'Change a key\'s passphrase.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "sign" -d 'Sign bytes with a key (Ed25519 over the hex-decoded bytes, no hashing), like `pocket accounts sign`. A Shannon key signs as cosmos secp256k1 does: ECDSA over SHA-256 of the bytes, the 64-byte R‖S with a low S.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "verify" -d 'Verify an Ed25519 signature over hex bytes, or a Shannon secp256k1 one when PUBKEY is a 33-byte compressed key (66 hex characters; ECDSA over SHA-256 of the bytes, low S only). Exits 0 when valid, 1 when not.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from aat" -f -a "gen" -d 'Make a signed AAT: the app key authorises a client key to sign relays for it.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from aat" -f -a "verify" -d 'Check an AAT as a node does: version, key formats and the app\'s signature.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from proof" -f -a "sign" -d 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay (Morse) or to a relay miner (Shannon).'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from proof" -f -a "verify" -d 'Check a relay body as a servicer node (Morse) or relay miner (Shannon) would, offline, and explain any failure.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "height" -d 'The latest block height'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "account" -d 'An account: balance and public key (Morse: null in JSON for an address never seen; Shannon: account number, sequence and public key)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "balance" -d 'An account\'s balance (upokt)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "app" -d 'A staked app: chains, stake, max relays, status (Shannon: services, stake, gateways)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "gateway" -d 'A staked gateway (Shannon)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "supplier" -d 'A staked supplier by operator address (Shannon; `node` on Morse)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "services" -d 'The services and their compute units per relay (Shannon; `chains` on Morse)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "apps" -d 'Staked apps, every page (filter by chain and status)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "node" -d 'A staked node'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "nodes" -d 'Staked nodes, every page (filter by chain, status and jailing)'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "params" -d 'Every module\'s params (or one with --key); Shannon: the shared and session params'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "chains" -d 'The relay chains the network supports'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "tx" -d 'A transaction by hash: its height and result code'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "stake" -d 'Stake an app (or raise its stake / change its chains) with a keystore key. With --protocol shannon: a MsgStakeApplication for one service, gas from a simulation.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "unstake" -d 'Begin unstaking an app; it is removed after the network\'s unstaking period and its stake returns to its account.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "throughput" -d 'An app\'s relay budget: its max relays (as stored, and as pocket-core\'s CalculateAppRelays gives for its stake under today\'s params), per session on each chain, and per node in a session. With --protocol shannon: what its stake buys per session and per supplier at the service\'s compute units per relay and relay-mining difficulty (docs/stake.md).'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "delegate" -d 'Delegate a Shannon application to a gateway, so the gateway may sign its relays (it joins the app\'s ring).'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "undelegate" -d 'Undelegate a Shannon application from a gateway; the gateway stays in the app\'s ring until the current session ends (poktroll\'s pending undelegation).'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from gateway" -f -a "stake" -d 'Stake a Shannon gateway (or raise its stake) with a keystore key.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "merge" -d 'Combine JSON reports of runs made at the same time on several machines into one'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the resolved network settings and where each came from (flag, env, file, default).'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented $PGW_HOME/config.toml to start from.'
complete -c pgw -n "__fish_pgw_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the config file ($PGW_HOME/config.toml), whether it exists or not.'
