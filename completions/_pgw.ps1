
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pgw' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pgw'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'pgw' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Manage the encrypted local keystore')
            [CompletionResult]::new('aat', 'aat', [CompletionResultType]::ParameterValue, 'Make and verify Application Authentication Tokens (AATs)')
            [CompletionResult]::new('proof', 'proof', [CompletionResultType]::ParameterValue, 'Build and verify signed relays offline')
            [CompletionResult]::new('dispatch', 'dispatch', [CompletionResultType]::ParameterValue, 'Fetch and show the current session (heights, session key, servicer nodes or suppliers)')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Fetch and show the current session (heights, session key, servicer nodes or suppliers)')
            [CompletionResult]::new('relay', 'relay', [CompletionResultType]::ParameterValue, 'Send a request through POKT: signed relay, failover, verified answer')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Query the chain: height, accounts, balances, apps, nodes, params, chains, transactions')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Stake and unstake apps, show an app''s relay throughput; Shannon: delegate to gateways')
            [CompletionResult]::new('gateway', 'gateway', [CompletionResultType]::ParameterValue, 'Stake Shannon gateways')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send POKT from a keystore key''s account (a signed Morse or Shannon transaction)')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Load-test relays: throughput, latency percentiles, errors per node')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve relays as a local HTTP JSON-RPC gateway, with node QoS, metrics and /qos')
            [CompletionResult]::new('devnet', 'devnet', [CompletionResultType]::ParameterValue, 'Run a local pocket-core-compatible network (dispatcher + servicers) for tests and demos')
            [CompletionResult]::new('chains', 'chains', [CompletionResultType]::ParameterValue, 'List known relay chain IDs, names and aliases')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and initialise network settings (dispatchers, profiles, timeouts)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;keys' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create a new key in the keystore.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys in the keystore (no passphrase needed).')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one key: address, public key and file (no passphrase needed).')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a key: a PPK file (pocket-core, wallets, SDKs) or a raw hex private key, or a Shannon key from a mnemonic, `pocketd keys export`''s armored file or its hex export.')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a key as a PPK file that pocket-core (`pocket accounts import-armored`), wallets and the SDKs import, protected by the key''s keystore passphrase.')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key (asks for confirmation on a terminal; scripts pass --yes).')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a key (no passphrase needed).')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a key''s passphrase.')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign bytes with a key (Ed25519 over the hex-decoded bytes, no hashing), like `pocket accounts sign`. A Shannon key signs as cosmos secp256k1 does: ECDSA over SHA-256 of the bytes, the 64-byte R‖S with a low S.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify an Ed25519 signature over hex bytes, or a Shannon secp256k1 one when PUBKEY is a 33-byte compressed key (66 hex characters; ECDSA over SHA-256 of the bytes, low S only). Exits 0 when valid, 1 when not.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;keys;new' {
            [CompletionResult]::new('--hint', '--hint', [CompletionResultType]::ParameterName, 'A free-text hint stored (unencrypted) with the key, as PPK files allow')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network the key is for: morse (Ed25519) or shannon (secp256k1)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing key of the same name')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;keys;list' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;keys;show' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;keys;import' {
            [CompletionResult]::new('--ppk', '--ppk', [CompletionResultType]::ParameterName, 'A PPK (armored JSON) key file')
            [CompletionResult]::new('--raw-file', '--raw-file', [CompletionResultType]::ParameterName, 'A file holding the private key as hex, or - for stdin')
            [CompletionResult]::new('--ppk-passphrase-file', '--ppk-passphrase-file', [CompletionResultType]::ParameterName, 'Read the key file''s own password (PPK or armored) from FILE')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The key''s network: morse (Ed25519, the default) or shannon (secp256k1); it decides how --raw-file is read')
            [CompletionResult]::new('--mnemonic-file', '--mnemonic-file', [CompletionResultType]::ParameterName, 'Read the mnemonic from FILE (- for stdin)')
            [CompletionResult]::new('--coin-type', '--coin-type', [CompletionResultType]::ParameterName, 'BIP-44 coin type of the derivation path m/44''/COIN''/ACCOUNT''/0/INDEX (pocketd''s default is 118; POKT''s registered 635 only if the key was made with --coin-type=635)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'BIP-44 account of the derivation path')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'BIP-44 address index of the derivation path')
            [CompletionResult]::new('--bip39-passphrase-file', '--bip39-passphrase-file', [CompletionResultType]::ParameterName, 'Read an optional BIP-39 passphrase (the "25th word"; none by default, as pocketd) from FILE''s first line; PGW_BIP39_PASSPHRASE also works')
            [CompletionResult]::new('--armored', '--armored', [CompletionResultType]::ParameterName, 'The armored file `pocketd keys export NAME` writes (BEGIN TENDERMINT PRIVATE KEY)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--new-passphrase', '--new-passphrase', [CompletionResultType]::ParameterName, 'Protect the imported key file with a new keystore passphrase instead of its own password')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing key of the same name')
            [CompletionResult]::new('--mnemonic', '--mnemonic', [CompletionResultType]::ParameterName, 'Derive a Shannon key from a BIP-39 mnemonic (--mnemonic-file, PGW_MNEMONIC or a prompt)')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Import a Shannon key given as 64 hex characters (--raw-file, PGW_KEY_HEX or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;keys;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the PPK to FILE (mode 0600) instead of stdout')
            [CompletionResult]::new('--hint', '--hint', [CompletionResultType]::ParameterName, 'Replace the PPK''s hint text')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--unsafe-raw', '--unsafe-raw', [CompletionResultType]::ParameterName, 'Print the unencrypted private key (hex) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;keys;delete' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;keys;rename' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing key named NEW')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;keys;passwd' {
            [CompletionResult]::new('--new-passphrase-file', '--new-passphrase-file', [CompletionResultType]::ParameterName, 'Read the new passphrase from FILE')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;keys;sign' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;keys;verify' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;keys;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create a new key in the keystore.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys in the keystore (no passphrase needed).')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one key: address, public key and file (no passphrase needed).')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a key: a PPK file (pocket-core, wallets, SDKs) or a raw hex private key, or a Shannon key from a mnemonic, `pocketd keys export`''s armored file or its hex export.')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a key as a PPK file that pocket-core (`pocket accounts import-armored`), wallets and the SDKs import, protected by the key''s keystore passphrase.')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key (asks for confirmation on a terminal; scripts pass --yes).')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a key (no passphrase needed).')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a key''s passphrase.')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign bytes with a key (Ed25519 over the hex-decoded bytes, no hashing), like `pocket accounts sign`. A Shannon key signs as cosmos secp256k1 does: ECDSA over SHA-256 of the bytes, the 64-byte R‖S with a low S.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify an Ed25519 signature over hex bytes, or a Shannon secp256k1 one when PUBKEY is a 33-byte compressed key (66 hex characters; ECDSA over SHA-256 of the bytes, low S only). Exits 0 when valid, 1 when not.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;keys;help;new' {
            break
        }
        'pgw;keys;help;list' {
            break
        }
        'pgw;keys;help;show' {
            break
        }
        'pgw;keys;help;import' {
            break
        }
        'pgw;keys;help;export' {
            break
        }
        'pgw;keys;help;delete' {
            break
        }
        'pgw;keys;help;rename' {
            break
        }
        'pgw;keys;help;passwd' {
            break
        }
        'pgw;keys;help;sign' {
            break
        }
        'pgw;keys;help;verify' {
            break
        }
        'pgw;keys;help;help' {
            break
        }
        'pgw;aat' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Make a signed AAT: the app key authorises a client key to sign relays for it.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an AAT as a node does: version, key formats and the app''s signature.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;aat;gen' {
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)')
            [CompletionResult]::new('--app-key-file', '--app-key-file', [CompletionResultType]::ParameterName, 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)')
            [CompletionResult]::new('--client-pub', '--client-pub', [CompletionResultType]::ParameterName, 'The client''s public key (64 hex characters)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client''s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)')
            [CompletionResult]::new('--client-key-file', '--client-key-file', [CompletionResultType]::ParameterName, 'A file holding the client''s private key as hex')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also write the AAT as JSON to FILE')
            [CompletionResult]::new('--credential-out', '--credential-out', [CompletionResultType]::ParameterName, 'Also write a client credential file for scripts: the AAT and its client''s private key, unencrypted, mode 0600. Without a client key, a new client key is generated for it')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing --credential-out file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;aat;verify' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;aat;help' {
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Make a signed AAT: the app key authorises a client key to sign relays for it.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an AAT as a node does: version, key formats and the app''s signature.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;aat;help;gen' {
            break
        }
        'pgw;aat;help;verify' {
            break
        }
        'pgw;aat;help;help' {
            break
        }
        'pgw;proof' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay (Morse) or to a relay miner (Shannon).')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a relay body as a servicer node (Morse) or relay miner (Shannon) would, offline, and explain any failure.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;proof;sign' {
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network whose relay to build [default: morse]')
            [CompletionResult]::new('--servicer', '--servicer', [CompletionResultType]::ParameterName, 'Public key of the servicer node the relay is for (64 hex characters)')
            [CompletionResult]::new('--session-height', '--session-height', [CompletionResultType]::ParameterName, 'The session''s block height')
            [CompletionResult]::new('--block-height', '--block-height', [CompletionResultType]::ParameterName, 'The relay''s meta.block_height [default: the session height]')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'The proof''s entropy, 0 to 9223372036854775807 [default: random]')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'HTTP method the servicer uses towards the chain')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'REST path on the chain (empty for JSON-RPC)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null')
            [CompletionResult]::new('--aat', '--aat', [CompletionResultType]::ParameterName, 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign')
            [CompletionResult]::new('--credential', '--credential', [CompletionResultType]::ParameterName, 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)')
            [CompletionResult]::new('--app-key-file', '--app-key-file', [CompletionResultType]::ParameterName, 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client''s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)')
            [CompletionResult]::new('--client-key-file', '--client-key-file', [CompletionResultType]::ParameterName, 'A file holding the client''s private key as hex')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The application''s address (pokt1…) [default: the session header''s]')
            [CompletionResult]::new('--session-header', '--session-header', [CompletionResultType]::ParameterName, 'The session header as JSON (session.header of a get_session response), or @FILE')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'A get_session response (JSON) to take the header and the suppliers from')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'The supplier operator address the relay is for (pokt1…)')
            [CompletionResult]::new('--gateway-key', '--gateway-key', [CompletionResultType]::ParameterName, 'The gateway''s key, which signs for apps delegated to it: a private key as 64 hex characters (visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)')
            [CompletionResult]::new('--gateway-key-file', '--gateway-key-file', [CompletionResultType]::ParameterName, 'A file holding the gateway''s secp256k1 private key as 64 hex characters')
            [CompletionResult]::new('--ring', '--ring', [CompletionResultType]::ParameterName, 'A ring public key (66 hex characters; repeat, or separate with commas), in the chain''s order: the app''s, then its delegated gateways''. The signer''s key must be in it [default with an app key: the app and poktroll''s placeholder key]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The URL of the inner HTTP request (the relay miner keeps only its path and query); --path is appended')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;proof;verify' {
            [CompletionResult]::new('--response', '--response', [CompletionResultType]::ParameterName, 'The node''s answer: Morse {"response","signature"}, or a Shannon RelayResponse')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network of the input [default: detected from the input]')
            [CompletionResult]::new('--supplier-pubkey', '--supplier-pubkey', [CompletionResultType]::ParameterName, 'The supplier operator''s public key (66 hex characters), to check --response''s signature')
            [CompletionResult]::new('--ring', '--ring', [CompletionResultType]::ParameterName, 'The chain''s ring for the app (the app''s and its delegated gateways'' public keys; repeat or separate with commas), to check ring membership')
            [CompletionResult]::new('--height', '--height', [CompletionResultType]::ParameterName, 'The relay miner''s current block height, to check the session window')
            [CompletionResult]::new('--grace-period', '--grace-period', [CompletionResultType]::ParameterName, 'The shared param grace_period_end_offset_blocks')
            [CompletionResult]::new('--ring-signature', '--ring-signature', [CompletionResultType]::ParameterName, 'Check a bare ring signature (hex) over --message instead of a relay')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The 32-byte message (64 hex characters) the --ring-signature signs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show the exact bytes hashed at each step')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;proof;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay (Morse) or to a relay miner (Shannon).')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a relay body as a servicer node (Morse) or relay miner (Shannon) would, offline, and explain any failure.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;proof;help;sign' {
            break
        }
        'pgw;proof;help;verify' {
            break
        }
        'pgw;proof;help;help' {
            break
        }
        'pgw;dispatch' {
            [CompletionResult]::new('--app-pub', '--app-pub', [CompletionResultType]::ParameterName, 'The app''s public key (64 hex characters; Morse)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app''s address (pokt1…; Shannon)')
            [CompletionResult]::new('--gateway', '--gateway', [CompletionResultType]::ParameterName, 'Check that the app delegated to this gateway (Shannon): exit 5 when it did not')
            [CompletionResult]::new('--credential', '--credential', [CompletionResultType]::ParameterName, 'A client credential file: its AAT names the app')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)')
            [CompletionResult]::new('--app-key-file', '--app-key-file', [CompletionResultType]::ParameterName, 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--compare', '--compare', [CompletionResultType]::ParameterName, 'Ask every dispatcher at once and flag disagreement (height lag, different session)')
            [CompletionResult]::new('--devnet', '--devnet', [CompletionResultType]::ParameterName, 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;session' {
            [CompletionResult]::new('--app-pub', '--app-pub', [CompletionResultType]::ParameterName, 'The app''s public key (64 hex characters; Morse)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app''s address (pokt1…; Shannon)')
            [CompletionResult]::new('--gateway', '--gateway', [CompletionResultType]::ParameterName, 'Check that the app delegated to this gateway (Shannon): exit 5 when it did not')
            [CompletionResult]::new('--credential', '--credential', [CompletionResultType]::ParameterName, 'A client credential file: its AAT names the app')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)')
            [CompletionResult]::new('--app-key-file', '--app-key-file', [CompletionResultType]::ParameterName, 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--compare', '--compare', [CompletionResultType]::ParameterName, 'Ask every dispatcher at once and flag disagreement (height lag, different session)')
            [CompletionResult]::new('--devnet', '--devnet', [CompletionResultType]::ParameterName, 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;relay' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'HTTP method the servicer uses towards the chain')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'REST path on the chain (empty for JSON-RPC)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Send only to this session node (address or service URL)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Extra attempts on other nodes (or after a fresh dispatch) when one fails')
            [CompletionResult]::new('--consensus', '--consensus', [CompletionResultType]::ParameterName, 'Ask N distinct nodes and return the majority answer, reporting nodes that disagree')
            [CompletionResult]::new('--aat', '--aat', [CompletionResultType]::ParameterName, 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign')
            [CompletionResult]::new('--credential', '--credential', [CompletionResultType]::ParameterName, 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)')
            [CompletionResult]::new('--app-key-file', '--app-key-file', [CompletionResultType]::ParameterName, 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client''s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)')
            [CompletionResult]::new('--client-key-file', '--client-key-file', [CompletionResultType]::ParameterName, 'A file holding the client''s private key as hex')
            [CompletionResult]::new('--gateway-key', '--gateway-key', [CompletionResultType]::ParameterName, 'The gateway''s key, which signs for apps that delegated to it: a Shannon keystore name or address (or hex, visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)')
            [CompletionResult]::new('--gateway-key-file', '--gateway-key-file', [CompletionResultType]::ParameterName, 'A file holding the gateway''s secp256k1 private key as 64 hex characters')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'An app the gateway signs for (pokt1…); repeat to spread relays across apps (one engine and session per app, taken in turn) [default with --devnet: the apps delegated to it]')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Do not check the servicer''s signature on the answer')
            [CompletionResult]::new('--devnet', '--devnet', [CompletionResultType]::ParameterName, 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('height', 'height', [CompletionResultType]::ParameterValue, 'The latest block height')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'An account: balance and public key (Morse: null in JSON for an address never seen; Shannon: account number, sequence and public key)')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'An account''s balance (upokt)')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'A staked app: chains, stake, max relays, status (Shannon: services, stake, gateways)')
            [CompletionResult]::new('gateway', 'gateway', [CompletionResultType]::ParameterValue, 'A staked gateway (Shannon)')
            [CompletionResult]::new('supplier', 'supplier', [CompletionResultType]::ParameterValue, 'A staked supplier by operator address (Shannon; `node` on Morse)')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'The services and their compute units per relay (Shannon; `chains` on Morse)')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'Staked apps, every page (filter by chain and status)')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'A staked node')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'Staked nodes, every page (filter by chain, status and jailing)')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Every module''s params (or one with --key); Shannon: the shared and session params')
            [CompletionResult]::new('chains', 'chains', [CompletionResultType]::ParameterValue, 'The relay chains the network supports')
            [CompletionResult]::new('tx', 'tx', [CompletionResultType]::ParameterValue, 'A transaction by hash: its height and result code')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;query;height' {
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;account' {
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;balance' {
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;app' {
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;gateway' {
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;supplier' {
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;services' {
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;apps' {
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'Only those staked for this chain (ID or alias)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Staking status: staked, unstaking or any')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Entries asked for per page')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;node' {
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;nodes' {
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'Only those staked for this chain (ID or alias)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Staking status: staked, unstaking or any')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Entries asked for per page')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--jailed', '--jailed', [CompletionResultType]::ParameterName, 'Jailing: any, jailed or unjailed')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;params' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Only this param, e.g. application/BaseRelaysPerPOKT (Shannon: shared/num_blocks_per_session)')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;chains' {
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;tx' {
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;query;help' {
            [CompletionResult]::new('height', 'height', [CompletionResultType]::ParameterValue, 'The latest block height')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'An account: balance and public key (Morse: null in JSON for an address never seen; Shannon: account number, sequence and public key)')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'An account''s balance (upokt)')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'A staked app: chains, stake, max relays, status (Shannon: services, stake, gateways)')
            [CompletionResult]::new('gateway', 'gateway', [CompletionResultType]::ParameterValue, 'A staked gateway (Shannon)')
            [CompletionResult]::new('supplier', 'supplier', [CompletionResultType]::ParameterValue, 'A staked supplier by operator address (Shannon; `node` on Morse)')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'The services and their compute units per relay (Shannon; `chains` on Morse)')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'Staked apps, every page (filter by chain and status)')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'A staked node')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'Staked nodes, every page (filter by chain, status and jailing)')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Every module''s params (or one with --key); Shannon: the shared and session params')
            [CompletionResult]::new('chains', 'chains', [CompletionResultType]::ParameterValue, 'The relay chains the network supports')
            [CompletionResult]::new('tx', 'tx', [CompletionResultType]::ParameterValue, 'A transaction by hash: its height and result code')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;query;help;height' {
            break
        }
        'pgw;query;help;account' {
            break
        }
        'pgw;query;help;balance' {
            break
        }
        'pgw;query;help;app' {
            break
        }
        'pgw;query;help;gateway' {
            break
        }
        'pgw;query;help;supplier' {
            break
        }
        'pgw;query;help;services' {
            break
        }
        'pgw;query;help;apps' {
            break
        }
        'pgw;query;help;node' {
            break
        }
        'pgw;query;help;nodes' {
            break
        }
        'pgw;query;help;params' {
            break
        }
        'pgw;query;help;chains' {
            break
        }
        'pgw;query;help;tx' {
            break
        }
        'pgw;query;help;help' {
            break
        }
        'pgw;app' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake an app (or raise its stake / change its chains) with a keystore key. With --protocol shannon: a MsgStakeApplication for one service, gas from a simulation.')
            [CompletionResult]::new('unstake', 'unstake', [CompletionResultType]::ParameterValue, 'Begin unstaking an app; it is removed after the network''s unstaking period and its stake returns to its account.')
            [CompletionResult]::new('throughput', 'throughput', [CompletionResultType]::ParameterValue, 'An app''s relay budget: its max relays (as stored, and as pocket-core''s CalculateAppRelays gives for its stake under today''s params), per session on each chain, and per node in a session. With --protocol shannon: what its stake buys per session and per supplier at the service''s compute units per relay and relay-mining difficulty (docs/stake.md).')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Delegate a Shannon application to a gateway, so the gateway may sign its relays (it joins the app''s ring).')
            [CompletionResult]::new('undelegate', 'undelegate', [CompletionResultType]::ParameterValue, 'Undelegate a Shannon application from a gateway; the gateway stays in the app''s ring until the current session ends (poktroll''s pending undelegation).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;app;stake' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)')
            [CompletionResult]::new('--fee', '--fee', [CompletionResultType]::ParameterName, 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]')
            [CompletionResult]::new('--gas-adjustment', '--gas-adjustment', [CompletionResultType]::ParameterName, 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)')
            [CompletionResult]::new('--chain-id', '--chain-id', [CompletionResultType]::ParameterName, 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A memo (at most 256 bytes)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'The tx entropy, for reproducible dry runs [default: random]')
            [CompletionResult]::new('--account-number', '--account-number', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]')
            [CompletionResult]::new('--sequence', '--sequence', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]')
            [CompletionResult]::new('--gas', '--gas', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the sign doc and the raw transaction; send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;app;unstake' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)')
            [CompletionResult]::new('--fee', '--fee', [CompletionResultType]::ParameterName, 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]')
            [CompletionResult]::new('--gas-adjustment', '--gas-adjustment', [CompletionResultType]::ParameterName, 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)')
            [CompletionResult]::new('--chain-id', '--chain-id', [CompletionResultType]::ParameterName, 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A memo (at most 256 bytes)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'The tx entropy, for reproducible dry runs [default: random]')
            [CompletionResult]::new('--account-number', '--account-number', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]')
            [CompletionResult]::new('--sequence', '--sequence', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]')
            [CompletionResult]::new('--gas', '--gas', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the sign doc and the raw transaction; send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;app;throughput' {
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'Only this chain (ID or alias); Shannon: this service [default: the app''s]')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;app;delegate' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)')
            [CompletionResult]::new('--fee', '--fee', [CompletionResultType]::ParameterName, 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]')
            [CompletionResult]::new('--gas-adjustment', '--gas-adjustment', [CompletionResultType]::ParameterName, 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)')
            [CompletionResult]::new('--chain-id', '--chain-id', [CompletionResultType]::ParameterName, 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A memo (at most 256 bytes)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'The tx entropy, for reproducible dry runs [default: random]')
            [CompletionResult]::new('--account-number', '--account-number', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]')
            [CompletionResult]::new('--sequence', '--sequence', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]')
            [CompletionResult]::new('--gas', '--gas', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the sign doc and the raw transaction; send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;app;undelegate' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)')
            [CompletionResult]::new('--fee', '--fee', [CompletionResultType]::ParameterName, 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]')
            [CompletionResult]::new('--gas-adjustment', '--gas-adjustment', [CompletionResultType]::ParameterName, 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)')
            [CompletionResult]::new('--chain-id', '--chain-id', [CompletionResultType]::ParameterName, 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A memo (at most 256 bytes)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'The tx entropy, for reproducible dry runs [default: random]')
            [CompletionResult]::new('--account-number', '--account-number', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]')
            [CompletionResult]::new('--sequence', '--sequence', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]')
            [CompletionResult]::new('--gas', '--gas', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the sign doc and the raw transaction; send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;app;help' {
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake an app (or raise its stake / change its chains) with a keystore key. With --protocol shannon: a MsgStakeApplication for one service, gas from a simulation.')
            [CompletionResult]::new('unstake', 'unstake', [CompletionResultType]::ParameterValue, 'Begin unstaking an app; it is removed after the network''s unstaking period and its stake returns to its account.')
            [CompletionResult]::new('throughput', 'throughput', [CompletionResultType]::ParameterValue, 'An app''s relay budget: its max relays (as stored, and as pocket-core''s CalculateAppRelays gives for its stake under today''s params), per session on each chain, and per node in a session. With --protocol shannon: what its stake buys per session and per supplier at the service''s compute units per relay and relay-mining difficulty (docs/stake.md).')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Delegate a Shannon application to a gateway, so the gateway may sign its relays (it joins the app''s ring).')
            [CompletionResult]::new('undelegate', 'undelegate', [CompletionResultType]::ParameterValue, 'Undelegate a Shannon application from a gateway; the gateway stays in the app''s ring until the current session ends (poktroll''s pending undelegation).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;app;help;stake' {
            break
        }
        'pgw;app;help;unstake' {
            break
        }
        'pgw;app;help;throughput' {
            break
        }
        'pgw;app;help;delegate' {
            break
        }
        'pgw;app;help;undelegate' {
            break
        }
        'pgw;app;help;help' {
            break
        }
        'pgw;gateway' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake a Shannon gateway (or raise its stake) with a keystore key.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;gateway;stake' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)')
            [CompletionResult]::new('--fee', '--fee', [CompletionResultType]::ParameterName, 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]')
            [CompletionResult]::new('--gas-adjustment', '--gas-adjustment', [CompletionResultType]::ParameterName, 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)')
            [CompletionResult]::new('--chain-id', '--chain-id', [CompletionResultType]::ParameterName, 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A memo (at most 256 bytes)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'The tx entropy, for reproducible dry runs [default: random]')
            [CompletionResult]::new('--account-number', '--account-number', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]')
            [CompletionResult]::new('--sequence', '--sequence', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]')
            [CompletionResult]::new('--gas', '--gas', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the sign doc and the raw transaction; send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;gateway;help' {
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake a Shannon gateway (or raise its stake) with a keystore key.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;gateway;help;stake' {
            break
        }
        'pgw;gateway;help;help' {
            break
        }
        'pgw;send' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The signing key: a keystore name or address (its passphrase is asked for, or read from --passphrase-file / PGW_PASSPHRASE)')
            [CompletionResult]::new('--fee', '--fee', [CompletionResultType]::ParameterName, 'The fee [default: Morse 10000upokt, pocket-core''s minimum; Shannon: the gas limit at 0.000001upokt per gas unit, rounded up]')
            [CompletionResult]::new('--gas-adjustment', '--gas-adjustment', [CompletionResultType]::ParameterName, 'Shannon: the gas limit is the simulation''s gas used times this (exact, e.g. 1.5)')
            [CompletionResult]::new('--chain-id', '--chain-id', [CompletionResultType]::ParameterName, 'The network''s chain id, which the signature covers ("mainnet", "testnet"; the devnet''s is "localnet") [default: the profile''s chain_id, else mainnet]')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A memo (at most 256 bytes)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait up to DURATION for the tx to be in a block and report its result (e.g. 2m)')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'The tx entropy, for reproducible dry runs [default: random]')
            [CompletionResult]::new('--account-number', '--account-number', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s account number (with --sequence and --gas, no full node is asked) [default: the chain''s]')
            [CompletionResult]::new('--sequence', '--sequence', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the signer''s sequence (with --account-number and --gas) [default: the chain''s]')
            [CompletionResult]::new('--gas', '--gas', [CompletionResultType]::ParameterName, 'Shannon --dry-run offline: the gas limit (with --account-number and --sequence) [default: the simulation''s gas used times --gas-adjustment]')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the sign doc and the raw transaction; send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Sign and send without asking (needed when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;bench' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Number of requests [default: 200 when -z is not given]')
            [CompletionResult]::new('--requests', '--requests', [CompletionResultType]::ParameterName, 'Number of requests [default: 200 when -z is not given]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Run for this long instead, e.g. 30s or 5m')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Run for this long instead, e.g. 30s or 5m')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Concurrent workers (requests in flight)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Concurrent workers (requests in flight)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at this many requests per second in total (latency counts from each due time)')
            [CompletionResult]::new('--fail-if', '--fail-if', [CompletionResultType]::ParameterName, 'Exit 1 when a threshold is crossed, e.g. ''p99>250ms'', ''errors>1%'', ''rps<500'' (repeatable)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Send only to this session node (address or service URL)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Extra attempts on other nodes when one fails (0: each request is one attempt)')
            [CompletionResult]::new('--warmup', '--warmup', [CompletionResultType]::ParameterName, 'Unmeasured relays sent first to open connections [default: concurrency × node URLs, at most 1000]')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'HTTP method the servicer uses towards the chain')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'REST path on the chain (empty for JSON-RPC)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null')
            [CompletionResult]::new('--aat', '--aat', [CompletionResultType]::ParameterName, 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign')
            [CompletionResult]::new('--credential', '--credential', [CompletionResultType]::ParameterName, 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)')
            [CompletionResult]::new('--app-key-file', '--app-key-file', [CompletionResultType]::ParameterName, 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client''s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)')
            [CompletionResult]::new('--client-key-file', '--client-key-file', [CompletionResultType]::ParameterName, 'A file holding the client''s private key as hex')
            [CompletionResult]::new('--gateway-key', '--gateway-key', [CompletionResultType]::ParameterName, 'The gateway''s key, which signs for apps that delegated to it: a Shannon keystore name or address (or hex, visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)')
            [CompletionResult]::new('--gateway-key-file', '--gateway-key-file', [CompletionResultType]::ParameterName, 'A file holding the gateway''s secp256k1 private key as 64 hex characters')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'An app the gateway signs for (pokt1…); repeat to spread relays across apps (one engine and session per app, taken in turn) [default with --devnet: the apps delegated to it]')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--sign-only', '--sign-only', [CompletionResultType]::ParameterName, 'Only sign relays, on every core, with no network; compares with bare Ed25519 signing')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Do not check the servicer''s signature on answers')
            [CompletionResult]::new('--devnet', '--devnet', [CompletionResultType]::ParameterName, 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Combine JSON reports of runs made at the same time on several machines into one')
            break
        }
        'pgw;bench;merge' {
            [CompletionResult]::new('--fail-if', '--fail-if', [CompletionResultType]::ParameterName, 'Exit 1 when a threshold is crossed in the merged report (repeatable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'A chain to serve, ID or alias (repeatable; the first answers POST /) [default: eth, plus pokt with --devnet]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Extra attempts on other nodes (or after a fresh dispatch) when one fails')
            [CompletionResult]::new('--consensus', '--consensus', [CompletionResultType]::ParameterName, 'Ask N distinct nodes for every read and answer with the majority')
            [CompletionResult]::new('--sync-allowance', '--sync-allowance', [CompletionResultType]::ParameterName, 'Blocks a node may lag behind the session''s agreed height: BLOCKS for every chain, or CHAIN=BLOCKS (repeatable) [default: 5]')
            [CompletionResult]::new('--sync-interval', '--sync-interval', [CompletionResultType]::ParameterName, 'Time between sync checks of every session node')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest time for one request''s relay, all attempts included (then 504 or a JSON-RPC error)')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Largest request body, e.g. 1MiB, 256KiB or a number of bytes (larger: 413)')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Open client connections at most (more wait to be accepted)')
            [CompletionResult]::new('--shutdown-timeout', '--shutdown-timeout', [CompletionResultType]::ParameterName, 'How long shutdown waits for in-flight requests')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'A file holding the API key clients must send (read once; required off loopback unless --insecure-public)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Where gateway state lives: memory (this process only), or redis://HOST:PORT[/DB] to share sessions, node evictions and relay budgets with other pgw serve processes')
            [CompletionResult]::new('--relay-budget', '--relay-budget', [CompletionResultType]::ParameterName, 'Relays each app may send to one node in one session, counted across every gateway sharing --state; a spent node is skipped until the session ends, then the next --app. `auto` reads it from the chain at start: on Morse the app''s max relays per session node, as pocket-core limits it (code 71); on Shannon each app''s relays per supplier from its own stake, as the relay miner meters it [default: unlimited]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--aat', '--aat', [CompletionResultType]::ParameterName, 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign')
            [CompletionResult]::new('--credential', '--credential', [CompletionResultType]::ParameterName, 'A client credential file (from `pgw aat gen --credential-out`): AAT and client key in one, no passphrase needed')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'The app''s key: a keystore name or address, or a private key as hex (visible to other users in the process list: prefer a keystore name, --app-key-file or PGW_APP_KEY)')
            [CompletionResult]::new('--app-key-file', '--app-key-file', [CompletionResultType]::ParameterName, 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client''s key: a keystore name or address, or a private key as hex (prefer a keystore name, --client-key-file or PGW_CLIENT_KEY)')
            [CompletionResult]::new('--client-key-file', '--client-key-file', [CompletionResultType]::ParameterName, 'A file holding the client''s private key as hex')
            [CompletionResult]::new('--gateway-key', '--gateway-key', [CompletionResultType]::ParameterName, 'The gateway''s key, which signs for apps that delegated to it: a Shannon keystore name or address (or hex, visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)')
            [CompletionResult]::new('--gateway-key-file', '--gateway-key-file', [CompletionResultType]::ParameterName, 'A file holding the gateway''s secp256k1 private key as 64 hex characters')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'An app the gateway signs for (pokt1…); repeat to spread relays across apps (one engine and session per app, taken in turn) [default with --devnet: the apps delegated to it]')
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Do not check the servicer''s signature on answers')
            [CompletionResult]::new('--insecure-public', '--insecure-public', [CompletionResultType]::ParameterName, 'Listen beyond loopback without an API key')
            [CompletionResult]::new('--devnet', '--devnet', [CompletionResultType]::ParameterName, 'Start a local devnet inside this process and use it: no set-up, and an ephemeral app key when none is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;devnet' {
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The protocol to simulate: morse or shannon')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The dispatcher''s (Morse) or full node''s (Shannon) address; each node or relay miner gets its own loopback port [default: 127.0.0.1:8081, Shannon 127.0.0.1:8082]')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Number of servicer nodes (Morse) or suppliers, one relay miner each (Shannon)')
            [CompletionResult]::new('--chains', '--chains', [CompletionResultType]::ParameterName, 'Chains every node hosts (IDs or aliases, comma-separated); on Shannon, services (eth, anvil, … or Morse chains that map to one) [default: 0001,0021, Shannon eth,anvil]')
            [CompletionResult]::new('--block-time', '--block-time', [CompletionResultType]::ParameterName, 'Time between blocks (e.g. 10s, 500ms, 1m; 0 freezes the height)')
            [CompletionResult]::new('--blocks-per-session', '--blocks-per-session', [CompletionResultType]::ParameterName, 'Blocks per session')
            [CompletionResult]::new('--session-nodes', '--session-nodes', [CompletionResultType]::ParameterName, 'Nodes per session (all nodes when fewer)')
            [CompletionResult]::new('--start-height', '--start-height', [CompletionResultType]::ParameterName, 'The first block height (at most 1000000000000000, so heights never overflow)')
            [CompletionResult]::new('--session-sync-allowance', '--session-sync-allowance', [CompletionResultType]::ParameterName, 'Sessions back that nodes still accept (pocket-core''s client_session_sync_allowance)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for the nodes'' deterministic keys and block hashes')
            [CompletionResult]::new('--fault', '--fault', [CompletionResultType]::ParameterName, 'A node''s fault profile, NODE=PROFILE (repeatable): down, slow:MS, timeout, 5xx, garbage, bad-signature, lagging:BLOCKS, error:CODE')
            [CompletionResult]::new('--apps', '--apps', [CompletionResultType]::ParameterName, 'Stake only the apps in FILE: [{"public_key": "…", "chains": ["0021"], "max_relays": 1000}]')
            [CompletionResult]::new('--upstream', '--upstream', [CompletionResultType]::ParameterName, 'Forward CHAIN''s relays to a real RPC endpoint instead of the built-in chain (repeatable)')
            [CompletionResult]::new('--faults', '--faults', [CompletionResultType]::ParameterName, 'Fault profiles from a JSON file: {"0": "down", "2": "slow:300"}')
            [CompletionResult]::new('--fund', '--fund', [CompletionResultType]::ParameterName, 'Give ADDRESS a genesis balance, e.g. --fund b50a…c560=2000POKT (repeatable; amounts in POKT or upokt, a bare number is upokt). Transactions are signed for chain id "localnet"')
            [CompletionResult]::new('--full-node-fault', '--full-node-fault', [CompletionResultType]::ParameterName, 'Shannon: the full node''s own fault profile (down, slow:MS, timeout, 5xx, garbage, lagging:BLOCKS)')
            [CompletionResult]::new('--keyless', '--keyless', [CompletionResultType]::ParameterName, 'Shannon: suppliers whose accounts have no public key on chain (indices, comma-separated)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;chains' {
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'Which protocol''s chain names to list: morse (relay chain IDs) or shannon (service IDs)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;config' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved network settings and where each came from (flag, env, file, default).')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented $PGW_HOME/config.toml to start from.')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file ($PGW_HOME/config.toml), whether it exists or not.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;config;show' {
            [CompletionResult]::new('--dispatcher', '--dispatcher', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--full-node', '--full-node', [CompletionResultType]::ParameterName, 'Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for failover, tried in order [env: PGW_DISPATCHERS, comma-separated]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet, shannon-testnet [env: PGW_PROFILE]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The network''s protocol: morse or shannon (overrides the profile''s) [env: PGW_PROTOCOL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;config;init' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing config.toml with the template')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;config;path' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved network settings and where each came from (flag, env, file, default).')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented $PGW_HOME/config.toml to start from.')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file ($PGW_HOME/config.toml), whether it exists or not.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;config;help;show' {
            break
        }
        'pgw;config;help;init' {
            break
        }
        'pgw;config;help;path' {
            break
        }
        'pgw;config;help;help' {
            break
        }
        'pgw;completions' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from FILE (first line) instead of PGW_PASSPHRASE or a prompt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pgw;help' {
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Manage the encrypted local keystore')
            [CompletionResult]::new('aat', 'aat', [CompletionResultType]::ParameterValue, 'Make and verify Application Authentication Tokens (AATs)')
            [CompletionResult]::new('proof', 'proof', [CompletionResultType]::ParameterValue, 'Build and verify signed relays offline')
            [CompletionResult]::new('dispatch', 'dispatch', [CompletionResultType]::ParameterValue, 'Fetch and show the current session (heights, session key, servicer nodes or suppliers)')
            [CompletionResult]::new('relay', 'relay', [CompletionResultType]::ParameterValue, 'Send a request through POKT: signed relay, failover, verified answer')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Query the chain: height, accounts, balances, apps, nodes, params, chains, transactions')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Stake and unstake apps, show an app''s relay throughput; Shannon: delegate to gateways')
            [CompletionResult]::new('gateway', 'gateway', [CompletionResultType]::ParameterValue, 'Stake Shannon gateways')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send POKT from a keystore key''s account (a signed Morse or Shannon transaction)')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Load-test relays: throughput, latency percentiles, errors per node')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve relays as a local HTTP JSON-RPC gateway, with node QoS, metrics and /qos')
            [CompletionResult]::new('devnet', 'devnet', [CompletionResultType]::ParameterValue, 'Run a local pocket-core-compatible network (dispatcher + servicers) for tests and demos')
            [CompletionResult]::new('chains', 'chains', [CompletionResultType]::ParameterValue, 'List known relay chain IDs, names and aliases')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and initialise network settings (dispatchers, profiles, timeouts)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;help;keys' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create a new key in the keystore.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys in the keystore (no passphrase needed).')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one key: address, public key and file (no passphrase needed).')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a key: a PPK file (pocket-core, wallets, SDKs) or a raw hex private key, or a Shannon key from a mnemonic, `pocketd keys export`''s armored file or its hex export.')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a key as a PPK file that pocket-core (`pocket accounts import-armored`), wallets and the SDKs import, protected by the key''s keystore passphrase.')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key (asks for confirmation on a terminal; scripts pass --yes).')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a key (no passphrase needed).')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a key''s passphrase.')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign bytes with a key (Ed25519 over the hex-decoded bytes, no hashing), like `pocket accounts sign`. A Shannon key signs as cosmos secp256k1 does: ECDSA over SHA-256 of the bytes, the 64-byte R‖S with a low S.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify an Ed25519 signature over hex bytes, or a Shannon secp256k1 one when PUBKEY is a 33-byte compressed key (66 hex characters; ECDSA over SHA-256 of the bytes, low S only). Exits 0 when valid, 1 when not.')
            break
        }
        'pgw;help;keys;new' {
            break
        }
        'pgw;help;keys;list' {
            break
        }
        'pgw;help;keys;show' {
            break
        }
        'pgw;help;keys;import' {
            break
        }
        'pgw;help;keys;export' {
            break
        }
        'pgw;help;keys;delete' {
            break
        }
        'pgw;help;keys;rename' {
            break
        }
        'pgw;help;keys;passwd' {
            break
        }
        'pgw;help;keys;sign' {
            break
        }
        'pgw;help;keys;verify' {
            break
        }
        'pgw;help;aat' {
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Make a signed AAT: the app key authorises a client key to sign relays for it.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an AAT as a node does: version, key formats and the app''s signature.')
            break
        }
        'pgw;help;aat;gen' {
            break
        }
        'pgw;help;aat;verify' {
            break
        }
        'pgw;help;proof' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay (Morse) or to a relay miner (Shannon).')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a relay body as a servicer node (Morse) or relay miner (Shannon) would, offline, and explain any failure.')
            break
        }
        'pgw;help;proof;sign' {
            break
        }
        'pgw;help;proof;verify' {
            break
        }
        'pgw;help;dispatch' {
            break
        }
        'pgw;help;relay' {
            break
        }
        'pgw;help;query' {
            [CompletionResult]::new('height', 'height', [CompletionResultType]::ParameterValue, 'The latest block height')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'An account: balance and public key (Morse: null in JSON for an address never seen; Shannon: account number, sequence and public key)')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'An account''s balance (upokt)')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'A staked app: chains, stake, max relays, status (Shannon: services, stake, gateways)')
            [CompletionResult]::new('gateway', 'gateway', [CompletionResultType]::ParameterValue, 'A staked gateway (Shannon)')
            [CompletionResult]::new('supplier', 'supplier', [CompletionResultType]::ParameterValue, 'A staked supplier by operator address (Shannon; `node` on Morse)')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'The services and their compute units per relay (Shannon; `chains` on Morse)')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'Staked apps, every page (filter by chain and status)')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'A staked node')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'Staked nodes, every page (filter by chain, status and jailing)')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Every module''s params (or one with --key); Shannon: the shared and session params')
            [CompletionResult]::new('chains', 'chains', [CompletionResultType]::ParameterValue, 'The relay chains the network supports')
            [CompletionResult]::new('tx', 'tx', [CompletionResultType]::ParameterValue, 'A transaction by hash: its height and result code')
            break
        }
        'pgw;help;query;height' {
            break
        }
        'pgw;help;query;account' {
            break
        }
        'pgw;help;query;balance' {
            break
        }
        'pgw;help;query;app' {
            break
        }
        'pgw;help;query;gateway' {
            break
        }
        'pgw;help;query;supplier' {
            break
        }
        'pgw;help;query;services' {
            break
        }
        'pgw;help;query;apps' {
            break
        }
        'pgw;help;query;node' {
            break
        }
        'pgw;help;query;nodes' {
            break
        }
        'pgw;help;query;params' {
            break
        }
        'pgw;help;query;chains' {
            break
        }
        'pgw;help;query;tx' {
            break
        }
        'pgw;help;app' {
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake an app (or raise its stake / change its chains) with a keystore key. With --protocol shannon: a MsgStakeApplication for one service, gas from a simulation.')
            [CompletionResult]::new('unstake', 'unstake', [CompletionResultType]::ParameterValue, 'Begin unstaking an app; it is removed after the network''s unstaking period and its stake returns to its account.')
            [CompletionResult]::new('throughput', 'throughput', [CompletionResultType]::ParameterValue, 'An app''s relay budget: its max relays (as stored, and as pocket-core''s CalculateAppRelays gives for its stake under today''s params), per session on each chain, and per node in a session. With --protocol shannon: what its stake buys per session and per supplier at the service''s compute units per relay and relay-mining difficulty (docs/stake.md).')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Delegate a Shannon application to a gateway, so the gateway may sign its relays (it joins the app''s ring).')
            [CompletionResult]::new('undelegate', 'undelegate', [CompletionResultType]::ParameterValue, 'Undelegate a Shannon application from a gateway; the gateway stays in the app''s ring until the current session ends (poktroll''s pending undelegation).')
            break
        }
        'pgw;help;app;stake' {
            break
        }
        'pgw;help;app;unstake' {
            break
        }
        'pgw;help;app;throughput' {
            break
        }
        'pgw;help;app;delegate' {
            break
        }
        'pgw;help;app;undelegate' {
            break
        }
        'pgw;help;gateway' {
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake a Shannon gateway (or raise its stake) with a keystore key.')
            break
        }
        'pgw;help;gateway;stake' {
            break
        }
        'pgw;help;send' {
            break
        }
        'pgw;help;bench' {
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Combine JSON reports of runs made at the same time on several machines into one')
            break
        }
        'pgw;help;bench;merge' {
            break
        }
        'pgw;help;serve' {
            break
        }
        'pgw;help;devnet' {
            break
        }
        'pgw;help;chains' {
            break
        }
        'pgw;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved network settings and where each came from (flag, env, file, default).')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented $PGW_HOME/config.toml to start from.')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file ($PGW_HOME/config.toml), whether it exists or not.')
            break
        }
        'pgw;help;config;show' {
            break
        }
        'pgw;help;config;init' {
            break
        }
        'pgw;help;config;path' {
            break
        }
        'pgw;help;completions' {
            break
        }
        'pgw;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
