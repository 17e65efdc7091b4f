
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
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand aat 'Make and verify Application Authentication Tokens (AATs)'
            cand proof 'Build and verify signed relays offline'
            cand chains 'List known relay chain IDs, names and aliases'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;aat'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
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
            cand --app-key 'The app''s private key as hex (visible to other users in the process list: prefer --app-key-file or PGW_APP_KEY)'
            cand --app-key-file 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)'
            cand --client-pub 'The client''s public key (64 hex characters)'
            cand --client-key 'The client''s private key as hex (prefer --client-key-file or PGW_CLIENT_KEY)'
            cand --client-key-file 'A file holding the client''s private key as hex'
            cand --out 'Also write the AAT as JSON to FILE'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
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
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay.'
            cand verify 'Check a relay body as a servicer node would, offline, and explain any failure.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;proof;sign'= {
            cand --servicer 'Public key of the servicer node the relay is for (64 hex characters)'
            cand --session-height 'The session''s block height'
            cand --block-height 'The relay''s meta.block_height [default: the session height]'
            cand --entropy 'The proof''s entropy, 0 to 9223372036854775807 [default: random]'
            cand --method 'HTTP method the servicer uses towards the chain'
            cand --path 'REST path on the chain (empty for JSON-RPC)'
            cand -H 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null'
            cand --header 'An HTTP header for the chain request, ''Name: value'' (repeatable); none means "headers":null'
            cand --aat 'An AAT JSON file (from `pgw aat gen --out` or pocket-core); its client key must sign'
            cand --app-key 'The app''s private key as hex (visible to other users in the process list: prefer --app-key-file or PGW_APP_KEY)'
            cand --app-key-file 'A file holding the app''s private key as hex (128 characters, or a 64-character seed)'
            cand --client-key 'The client''s private key as hex (prefer --client-key-file or PGW_CLIENT_KEY)'
            cand --client-key-file 'A file holding the client''s private key as hex'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
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
            cand --response 'The node''s answer ({"response","signature"}) to check the servicer''s signature'
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
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
            cand sign 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay.'
            cand verify 'Check a relay body as a servicer node would, offline, and explain any failure.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pgw;proof;help;sign'= {
        }
        &'pgw;proof;help;verify'= {
        }
        &'pgw;proof;help;help'= {
        }
        &'pgw;chains'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show more detail on stderr (hashes, signing steps)'
            cand --verbose 'Show more detail on stderr (hashes, signing steps)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pgw;completions'= {
            cand --output 'Output format: tables for people or JSON for scripts'
            cand --home 'pgw''s data directory (keys, cache, config) [default: the user''s data directory]'
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
            cand aat 'Make and verify Application Authentication Tokens (AATs)'
            cand proof 'Build and verify signed relays offline'
            cand chains 'List known relay chain IDs, names and aliases'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
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
            cand sign 'Build a complete signed relay offline and print the exact body to POST to /v1/client/relay.'
            cand verify 'Check a relay body as a servicer node would, offline, and explain any failure.'
        }
        &'pgw;help;proof;sign'= {
        }
        &'pgw;help;proof;verify'= {
        }
        &'pgw;help;chains'= {
        }
        &'pgw;help;completions'= {
        }
        &'pgw;help;help'= {
        }
    ]
    $completions[$command]
}
