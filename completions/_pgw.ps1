
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('aat', 'aat', [CompletionResultType]::ParameterValue, 'Make and verify Application Authentication Tokens (AATs)')
            [CompletionResult]::new('proof', 'proof', [CompletionResultType]::ParameterValue, 'Build and verify signed relays offline')
            [CompletionResult]::new('chains', 'chains', [CompletionResultType]::ParameterValue, 'List known relay chain IDs, names and aliases')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;aat' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
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
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'The app''s private key as hex (visible to other users in the process list: prefer --app-key-file or PGW_APP_KEY)')
            [CompletionResult]::new('--app-key-file', '--app-key-file', [CompletionResultType]::ParameterName, 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)')
            [CompletionResult]::new('--client-pub', '--client-pub', [CompletionResultType]::ParameterName, 'The client''s public key (64 hex characters)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client''s private key as hex (prefer --client-key-file or PGW_CLIENT_KEY)')
            [CompletionResult]::new('--client-key-file', '--client-key-file', [CompletionResultType]::ParameterName, 'A file holding the client''s private key as hex')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also write the AAT as JSON to FILE')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show more detail on stderr (hashes, signing steps)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a relay body as a servicer node would, offline, and explain any failure.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pgw;proof;sign' {
            [CompletionResult]::new('--servicer', '--servicer', [CompletionResultType]::ParameterName, 'Public key of the servicer node the relay is for (64 hex characters)')
            [CompletionResult]::new('--session-height', '--session-height', [CompletionResultType]::ParameterName, 'The session''s block height')
            [CompletionResult]::new('--block-height', '--block-height', [CompletionResultType]::ParameterName, 'The relay''s meta.block_height [default: the session height]')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'The proof''s entropy, 0 to 9223372036854775807 [default: random]')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'HTTP method the servicer uses towards the chain')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'REST path on the chain (empty for JSON-RPC)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null')
            [CompletionResult]::new('--aat', '--aat', [CompletionResultType]::ParameterName, 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'The app''s private key as hex (visible to other users in the process list: prefer --app-key-file or PGW_APP_KEY)')
            [CompletionResult]::new('--app-key-file', '--app-key-file', [CompletionResultType]::ParameterName, 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'The client''s private key as hex (prefer --client-key-file or PGW_CLIENT_KEY)')
            [CompletionResult]::new('--client-key-file', '--client-key-file', [CompletionResultType]::ParameterName, 'A file holding the client''s private key as hex')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
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
            [CompletionResult]::new('--response', '--response', [CompletionResultType]::ParameterName, 'The node''s answer ({"response","signature"}) to check the servicer''s signature')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
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
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a relay body as a servicer node would, offline, and explain any failure.')
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
        'pgw;chains' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
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
        'pgw;completions' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people or JSON for scripts')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]')
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
            [CompletionResult]::new('aat', 'aat', [CompletionResultType]::ParameterValue, 'Make and verify Application Authentication Tokens (AATs)')
            [CompletionResult]::new('proof', 'proof', [CompletionResultType]::ParameterValue, 'Build and verify signed relays offline')
            [CompletionResult]::new('chains', 'chains', [CompletionResultType]::ParameterValue, 'List known relay chain IDs, names and aliases')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a relay body as a servicer node would, offline, and explain any failure.')
            break
        }
        'pgw;help;proof;sign' {
            break
        }
        'pgw;help;proof;verify' {
            break
        }
        'pgw;help;chains' {
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
