//! pocket-core's relay error catalogue (docs/protocol.md §7), as one static table.
//!
//! A servicer that rejects a relay answers HTTP 400 with
//! `{"dispatch":…,"error":{"code":N,"codespace":"pocketcore","message":"…"}}` (keys sorted).
//! [`CATALOGUE`] lists every code defined in pocket-core's `x/pocketcore/types/errors.go`
//! (1…91; 3, 7, 12, 15 and 16 do not exist), sorted by code, with the exact Go message, who is
//! most likely at fault, whether and how to retry, and advice. Commands print from it and the
//! retry policy reads it; no other file should hard-code what a code means.
//!
//! # Messages
//!
//! `message` is the exact Go text. Where the Go constructor appends text to it, `message` is the
//! constant prefix and the node's message continues after it:
//! * 2, 20, 21, 28, 43, 52, 54, 55, 57: `message` (ending in `": "`) + a Go error or status code;
//! * 4: `"the application authentication token is invalid : "` + the AAT check that failed
//!   (nested sdk errors in their multi-line `sdkError.Error()` form, §6.3);
//! * 19: the message of 14, immediately followed by a Go error (no separator);
//! * 22: the wire text is `"<hash> the hash is invalid: <error>"`, so the prefix is not at the
//!   start;
//! * 91: `"the number of staked chains is over the limit: got N, max M"`.
//!
//! 23 and 31 end in `": "` but nothing is appended: that is their whole text. 8 and 18 share a
//! message (Go's `NewEmptyChainError` reuses the non-native-chain text). Some codes are defined
//! but raised by no constructor in current pocket-core (their `meaning` says so); 58 has no
//! message at all, so its `message` is empty.
//!
//! # Errors that are not in this table
//!
//! * Codespace `"sdk"`, code 1: an internal error (lean-pocket servicer key lookup, state at the
//!   session height unavailable, …); it says nothing about the request, so another node may work.
//! * Plain Go errors (node context creation fails, node catching up) are not sdk errors and
//!   marshal as an empty object: `"error":{}`.
//! * A body the node cannot JSON-decode yields the Go decode error's exported fields, e.g.
//!   `"error":{"Offset":2}` or
//!   `"error":{"Field":"entropy","Offset":14,"Struct":"RelayProof","Type":{},"Value":"string"}`.
//! * Other RPC endpoints (dispatch, queries, challenge) answer generic errors as
//!   `{"code":400,"message":"…"}` where `message` may hold an sdk error in the multi-line form
//!   `"ERROR:\nCodespace: pocketcore\nCode: 17\nMessage: \"…\"\n"` (§7).

use serde::Serialize;

/// The codespace of every error in [`CATALOGUE`] (pocket-core's pocketcore `ModuleName`).
pub const CODESPACE: &str = "pocketcore";

/// Who most likely caused an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Culprit {
    /// The request, keys, AAT or signature the client built.
    Client,
    /// Stale session information or heights obtained from a dispatch.
    Dispatcher,
    /// The servicer node itself (misconfigured, not in the session, keybase trouble).
    Servicer,
    /// The upstream blockchain RPC behind the servicer.
    Chain,
    /// The staked application (not staked for the chain, relay budget used up).
    Application,
    /// Protocol-level conditions (too few nodes, network parameters).
    Network,
}

/// Whether and how a rejected relay can be retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Retry {
    /// Resending the same thing anywhere fails the same way: fix the input.
    Never,
    /// This node cannot serve the request now; another node of the session may.
    OtherNode,
    /// The session information is stale: get a fresh session, then retry.
    Redispatch,
}

/// One pocketcore error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ErrorInfo {
    pub code: u32,
    /// Short snake_case identifier.
    pub name: &'static str,
    /// Exact Go message (the constant prefix for constructors that append text).
    pub message: &'static str,
    pub culprit: Culprit,
    pub retry: Retry,
    /// pocket-core's `ErrorWarrantsDispatch`: the error response carries a fresh dispatch.
    pub warrants_dispatch: bool,
    /// What the error means for a client, in one sentence.
    pub meaning: &'static str,
    /// What to do about it, in one sentence.
    pub advice: &'static str,
}

impl ErrorInfo {
    /// Whether sending the relay again (elsewhere, or after a fresh dispatch) can succeed.
    pub fn is_retryable(&self) -> bool {
        self.retry != Retry::Never
    }
}

/// The catalogue entry for a pocketcore `code`.
pub fn lookup(code: u32) -> Option<&'static ErrorInfo> {
    CATALOGUE.binary_search_by_key(&code, |info| info.code).ok().map(|i| &CATALOGUE[i])
}

/// Every pocketcore error code, sorted by code.
pub static CATALOGUE: &[ErrorInfo] = &[
    ErrorInfo {
        code: 1,
        name: "session_generation",
        message: "unable to generate a session for the seed data: ",
        culprit: Culprit::Network,
        retry: Retry::Redispatch,
        warrants_dispatch: false,
        meaning: "The node could not generate a session from the seed data (defined, but raised by no constructor in current pocket-core).",
        advice: "Fetch a fresh session with `pgw dispatch` and retry.",
    },
    ErrorInfo {
        code: 2,
        name: "http_status_code",
        message: "HTTP status code returned not okay: ",
        culprit: Culprit::Chain,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The upstream blockchain answered with a non-OK HTTP status (current nodes return such bodies as normal relay responses instead).",
        advice: "Retry on another session node; this servicer's blockchain backend is unhealthy.",
    },
    ErrorInfo {
        code: 4,
        name: "invalid_token",
        message: "the application authentication token is invalid : ",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The AAT in the proof failed validation; the text after \" : \" names the check (version, app key, client key or app signature).",
        advice: "Check the token with `pgw aat verify`: version must be \"0.0.1\", both keys 64 lowercase hex, and the signature the app key's over the AAT hashed with an empty signature.",
    },
    ErrorInfo {
        code: 5,
        name: "invalid_evidence",
        message: "the GOBEvidence type passed is not valid",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A claim or proof transaction named an unknown evidence type.",
        advice: "Not a relay error: fix the claim or proof transaction.",
    },
    ErrorInfo {
        code: 6,
        name: "pub_key_decode",
        message: "error decoding the string into hex bytes",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A public key in the request (proof servicer_pub_key, the AAT client key or the app key) is not valid hex.",
        advice: "Send every public key as 64 lowercase hex characters; check the relay with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 8,
        name: "empty_chain",
        message: "the non-native chain is of Length 0",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The chain ID used to generate the session key is empty or not 1 to 4 hex bytes.",
        advice: "Use a relay chain ID such as \"0021\" (2 bytes of hex).",
    },
    ErrorInfo {
        code: 9,
        name: "empty_block_id",
        message: "the block addr is of Length 0",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The node had no block hash for the session height when generating the session key.",
        advice: "Try another session node; this node's state is incomplete.",
    },
    ErrorInfo {
        code: 10,
        name: "app_pub_key",
        message: "the public key of the application is of Length 0",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The application public key is empty (defined, but raised by no constructor in current pocket-core).",
        advice: "Put the staked app's public key in the AAT.",
    },
    ErrorInfo {
        code: 11,
        name: "empty_proofs",
        message: "the service proofs object is empty",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A claim or proof referred to an empty set of relay proofs.",
        advice: "Not a relay error: the servicer's evidence is empty.",
    },
    ErrorInfo {
        code: 13,
        name: "unsupported_blockchain_app",
        message: "the blockchain in the relay request is not supported for this app",
        culprit: Culprit::Application,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The application is not staked for the relay's chain at the session height.",
        advice: "Relay only on chains the app is staked for (see the chains in `pgw dispatch`'s session header or the app's stake), or re-stake the app with this chain.",
    },
    ErrorInfo {
        code: 14,
        name: "invalid_session",
        message: "this node (self) is not responsible for this session provided by the client",
        culprit: Culprit::Dispatcher,
        retry: Retry::Redispatch,
        warrants_dispatch: true,
        meaning: "This servicer is not one of the session's nodes for this app, chain and session height, usually because the session information is stale.",
        advice: "Get a fresh session (the dispatch in the error response, or `pgw dispatch`) and send relays only to nodes listed in it.",
    },
    ErrorInfo {
        code: 17,
        name: "insufficient_nodes",
        message: "there are less than the minimum session nodes found",
        culprit: Culprit::Network,
        retry: Retry::Redispatch,
        warrants_dispatch: false,
        meaning: "The node could not build a session: fewer usable nodes are staked for this chain than session_node_count.",
        advice: "Fetch a fresh session with `pgw dispatch`; if dispatching fails with 17 too, the chain has too few staked nodes and no relay can succeed.",
    },
    ErrorInfo {
        code: 18,
        name: "empty_non_native_chain",
        message: "the non-native chain is of Length 0",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The session header's chain is empty.",
        advice: "Set proof.blockchain to the relay chain ID (e.g. \"0021\"); check with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 19,
        name: "invalid_session_key",
        message: "this node (self) is not responsible for this session provided by the client",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The session key could not be computed from the app key, chain and block hash (the message is 14's text followed by the Go error).",
        advice: "Check the app public key and the chain ID in the proof with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 20,
        name: "filter_nodes",
        message: "unable to filter nodes: ",
        culprit: Culprit::Network,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The node failed while selecting the session's nodes.",
        advice: "Try another session node.",
    },
    ErrorInfo {
        code: 21,
        name: "xor",
        message: "error XORing the keys: ",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The node failed while combining keys during session generation.",
        advice: "Try another session node.",
    },
    ErrorInfo {
        code: 22,
        name: "invalid_hash",
        message: "the hash is invalid: ",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A hash could not be decoded; the wire text is \"<hash> the hash is invalid: <error>\".",
        advice: "Send hashes as lowercase hex; check with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 23,
        name: "empty_block_hash",
        message: "the hash is invalid: ",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "proof.blockchain or proof.request_hash is empty.",
        advice: "Fill in the chain ID and the request hash; check the relay with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 24,
        name: "empty_blockchain",
        message: "the blockchain included in the relay request is empty",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The relay names no blockchain (defined, but raised by no constructor in current pocket-core, which answers 23).",
        advice: "Set proof.blockchain to the relay chain ID.",
    },
    ErrorInfo {
        code: 25,
        name: "empty_payload_data",
        message: "the payload data of the relay request is empty",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The relay payload has neither data nor a path.",
        advice: "Send a non-empty payload.data (e.g. the JSON-RPC body) or a payload.path for REST chains.",
    },
    ErrorInfo {
        code: 26,
        name: "unsupported_blockchain_node",
        message: "the blockchain in the relay request is not supported on this node",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "This servicer does not host the chain locally (it is not in its chains.json) although it may be staked for it.",
        advice: "Send the relay to another node of the session; this node is misconfigured.",
    },
    ErrorInfo {
        code: 27,
        name: "not_staked_blockchain",
        message: "the blockchain is not staked for this application",
        culprit: Culprit::Application,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The application is not staked for the chain (defined, but raised by no constructor in current pocket-core, which answers 13).",
        advice: "Relay only on chains the app is staked for, or re-stake the app with this chain.",
    },
    ErrorInfo {
        code: 28,
        name: "http_execution",
        message: "error executing the http request: ",
        culprit: Culprit::Chain,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The servicer could not reach its upstream blockchain RPC; the relay's proof was already stored, so its entropy is used up on this node.",
        advice: "Retry on another session node with fresh entropy (resending the same proof to this node fails with 37).",
    },
    ErrorInfo {
        code: 29,
        name: "invalid_entropy",
        message: "the entropy included in the relay request is invalid",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "proof.entropy is negative.",
        advice: "Use a fresh random entropy in [0, 2^63-1] for each relay, sent as a plain JSON integer.",
    },
    ErrorInfo {
        code: 30,
        name: "empty_response",
        message: "the relay response payload is empty",
        culprit: Culprit::Chain,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The relay produced an empty response payload.",
        advice: "Try another session node.",
    },
    ErrorInfo {
        code: 31,
        name: "response_signature",
        message: "response signing errored out: ",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The servicer failed to sign its relay response.",
        advice: "Try another session node.",
    },
    ErrorInfo {
        code: 32,
        name: "negative_ic_counter",
        message: "the IC counter is less than 0",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A legacy relay counter was negative (defined, but raised by no constructor in current pocket-core).",
        advice: "Use a non-negative entropy.",
    },
    ErrorInfo {
        code: 33,
        name: "maximum_entropy",
        message: "the entropy exceeds the maximum allowed relays",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A legacy limit on entropy was exceeded (defined, but raised by no constructor in current pocket-core).",
        advice: "Use an entropy in [0, 2^63-1].",
    },
    ErrorInfo {
        code: 34,
        name: "invalid_node_pub_key",
        message: "the node public key in the service Proof does not match this nodes public key",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "proof.servicer_pub_key is not the key of the node that answered: the relay went to another node's URL, or this URL serves a different node than the one staked with that key.",
        advice: "Pair each servicer_pub_key with the service_url of the same node from `pgw dispatch`; if they already match, the node is misconfigured, so use another session node.",
    },
    ErrorInfo {
        code: 35,
        name: "tickets_not_found",
        message: "the tickets requested could not be found",
        culprit: Culprit::Network,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "Legacy relay tickets were not found (defined, but raised by no constructor in current pocket-core).",
        advice: "None: obsolete code.",
    },
    ErrorInfo {
        code: 36,
        name: "duplicate_ticket",
        message: "the ticket is a duplicate",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A legacy relay ticket was reused (defined, but raised by no constructor in current pocket-core, which answers 37).",
        advice: "Use fresh entropy for every relay.",
    },
    ErrorInfo {
        code: 37,
        name: "duplicate_proof",
        message: "the Proof with specific merkleHash already found, check entropy",
        culprit: Culprit::Client,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "This node already holds a proof with the same hash in this session, i.e. the same relay and entropy was sent twice (or a bloom-filter false positive).",
        advice: "Resend with fresh random entropy (to another session node or this one); never reuse entropy, e.g. when retrying after 28.",
    },
    ErrorInfo {
        code: 38,
        name: "invalid_signature_size",
        message: "the signature Length is invalid",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "proof.signature does not decode to 64 bytes.",
        advice: "Send the client key's Ed25519 signature as 128 lowercase hex characters; check with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 39,
        name: "sig_decode",
        message: "the signature could not be message decoded",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "proof.signature is not valid hex.",
        advice: "Send the signature as 128 lowercase hex characters; check with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 40,
        name: "msg_decode",
        message: "the message could not be hex decoded",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The signed message (the proof hash) could not be hex-decoded.",
        advice: "Check the proof fields with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 41,
        name: "invalid_sig",
        message: "the signature could not be verified with the message and pub key",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "proof.signature is not the AAT client key's signature over the proof hash the node computed.",
        advice: "Sign SHA3-256 of the proof JSON in pocket-core's field order (entropy, session_block_height, servicer_pub_key, blockchain, signature \"\", token = AAT hash, request_hash) with the AAT's client key; `pgw proof verify --explain` shows which part differs.",
    },
    ErrorInfo {
        code: 42,
        name: "pub_key_size",
        message: "the public key is not the correct cap",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A public key in the request (servicer_pub_key, AAT client or app key) is not 32 bytes.",
        advice: "Send Ed25519 public keys as exactly 64 hex characters; check with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 43,
        name: "keybase",
        message: "the keybase is invalid: ",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The servicer could not sign the response with its own key.",
        advice: "Send the relay to another session node; this node's key setup is broken.",
    },
    ErrorInfo {
        code: 44,
        name: "self_not_found",
        message: "the self node is not within the world state",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The servicer could not find itself among the staked nodes.",
        advice: "Send the relay to another session node.",
    },
    ErrorInfo {
        code: 45,
        name: "app_not_found",
        message: "the app could not be found in the world state",
        culprit: Culprit::Application,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "No application staked with the AAT's app_pub_key exists at the session height.",
        advice: "Check that the AAT names the staked app's public key (`pgw aat verify`) and that the app is staked; a newly staked app is only served from the next session (`pgw dispatch`).",
    },
    ErrorInfo {
        code: 46,
        name: "chain_not_hosted",
        message: "the blockchain requested is not hosted",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The node does not host the requested chain.",
        advice: "Send the relay to another session node.",
    },
    ErrorInfo {
        code: 47,
        name: "invalid_hosted_chains",
        message: "invalid hosted chain error",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The node's hosted-chains configuration is invalid.",
        advice: "Send the relay to another session node.",
    },
    ErrorInfo {
        code: 48,
        name: "node_not_found",
        message: "the node is not found in world state",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "A node looked up in the state does not exist.",
        advice: "Send the relay to another session node.",
    },
    ErrorInfo {
        code: 49,
        name: "invalid_proofs",
        message: "the proofs provided are invalid or less than the minimum requirement",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A claim or proof transaction carried invalid or too few proofs.",
        advice: "Not a relay error: fix the claim or proof transaction.",
    },
    ErrorInfo {
        code: 50,
        name: "inconsistent_pub_key",
        message: "the public keys in the proofs are inconsistent",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "Proofs in one set name different public keys (defined, but raised by no constructor in current pocket-core).",
        advice: "None: obsolete code.",
    },
    ErrorInfo {
        code: 51,
        name: "invalid_chain_params",
        message: "the required params for a nonNative blockchain are invalid",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The parameters describing a non-native chain are invalid.",
        advice: "Check the chain ID and its parameters.",
    },
    ErrorInfo {
        code: 52,
        name: "hex_decode",
        message: "the hex string could not be decoded: ",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "proof.blockchain or proof.request_hash is not valid hex (Go's decoder error follows).",
        advice: "Send the chain ID and the request hash as lowercase hex; check with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 53,
        name: "chain_not_supported",
        message: "the chain is not pocket supported",
        culprit: Culprit::Network,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The chain is not in the network's supported_blockchains parameter.",
        advice: "Use a chain ID the network supports.",
    },
    ErrorInfo {
        code: 54,
        name: "pub_key",
        message: "could not convert hex string to pub key: ",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A hex string could not be turned into a public key.",
        advice: "Send public keys as 64 lowercase hex characters.",
    },
    ErrorInfo {
        code: 55,
        name: "signature",
        message: "there was a problem signing the message: ",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The node failed to sign a message.",
        advice: "Try another session node.",
    },
    ErrorInfo {
        code: 56,
        name: "invalid_chain",
        message: "the non native chain passed was invalid: ",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A chain ID was invalid (defined, but raised by no constructor in current pocket-core).",
        advice: "Use a valid relay chain ID such as \"0021\".",
    },
    ErrorInfo {
        code: 57,
        name: "json_marshal",
        message: "unable to marshal object into json: ",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The node failed to encode an object as JSON.",
        advice: "Try another session node.",
    },
    ErrorInfo {
        code: 58,
        name: "invalid_blockchain_hash_length",
        message: "",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A chain ID had the wrong length (defined as a code only: pocket-core has neither a message nor a constructor for it; see 62).",
        advice: "Use a chain ID of 1 to 4 hex bytes.",
    },
    ErrorInfo {
        code: 59,
        name: "empty_session_key",
        message: "the session key passed is of Length 0",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A session key was empty (defined, but raised by no constructor in current pocket-core).",
        advice: "None: obsolete code.",
    },
    ErrorInfo {
        code: 60,
        name: "invalid_block_height",
        message: "the block height passed is invalid",
        culprit: Culprit::Dispatcher,
        retry: Retry::Redispatch,
        warrants_dispatch: true,
        meaning: "proof.session_block_height is not a session height the node accepts (by default exactly its latest session height), usually because the session is stale.",
        advice: "Get a fresh session (the dispatch in the error response, or `pgw dispatch`) and use its header.session_height.",
    },
    ErrorInfo {
        code: 61,
        name: "invalid_app_pub_key",
        message: "the app public key is invalid",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The AAT's app_pub_key is not byte-for-byte the staked app's key as the node writes it (lowercase hex).",
        advice: "Send the app public key in lowercase hex; check with `pgw aat verify` and `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 62,
        name: "invalid_hash_length",
        message: "the merkleHash Length is not valid",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "proof.blockchain is longer than 4 bytes or proof.request_hash is not 32 bytes.",
        advice: "Send the chain ID (e.g. \"0021\") and a 64-hex-character SHA3-256 request hash; check with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 63,
        name: "invalid_leaf_cousin_proofs_combo",
        message: "the merkle relayProof combo for the cousin and leaf is invalid",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A Merkle proof transaction's leaf and cousin proofs do not fit together.",
        advice: "Not a relay error: the servicer's proof transaction is invalid.",
    },
    ErrorInfo {
        code: 64,
        name: "empty_address",
        message: "the address provided is empty",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A required address is empty.",
        advice: "Provide the address (40 hex characters).",
    },
    ErrorInfo {
        code: 65,
        name: "claim_not_found",
        message: "the claim was not found for the key given",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A proof transaction refers to a claim that does not exist.",
        advice: "Not a relay error: the servicer must submit a claim before its proof.",
    },
    ErrorInfo {
        code: 66,
        name: "invalid_merkle_verify",
        message: "claim resulted in an invalid merkle Proof",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A proof transaction's Merkle proof does not verify against the claim's root.",
        advice: "Not a relay error: the servicer's proof transaction is invalid.",
    },
    ErrorInfo {
        code: 67,
        name: "empty_merkle_tree",
        message: "the merkle tree is empty",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The servicer has no relays to build a Merkle tree from.",
        advice: "Not a relay error: nothing to claim.",
    },
    ErrorInfo {
        code: 68,
        name: "merkle_node_not_found",
        message: "the merkle node cannot be found",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A node of the Merkle tree requested for a proof does not exist.",
        advice: "Not a relay error: the servicer's evidence is incomplete.",
    },
    ErrorInfo {
        code: 69,
        name: "expired_proofs_submission",
        message: "the opportunity of window to submit the Proof has closed because the secret has been revealed",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A proof transaction arrived after its submission window closed.",
        advice: "Not a relay error: the servicer submitted its proof too late.",
    },
    ErrorInfo {
        code: 70,
        name: "address",
        message: "the address is invalid",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "An address does not have the right length.",
        advice: "Provide a 20-byte address as 40 hex characters.",
    },
    ErrorInfo {
        code: 71,
        name: "over_service",
        message: "the max number of relays serviced for this node is exceeded",
        culprit: Culprit::Application,
        retry: Retry::OtherNode,
        warrants_dispatch: true,
        meaning: "This node already served the app's relay budget for this chain and session (max_relays / chains / session nodes).",
        advice: "Send further relays to other session nodes, or wait for the next session (`pgw dispatch`).",
    },
    ErrorInfo {
        code: 72,
        name: "cousin_leaf_equivalent",
        message: "the cousin and leaf cannot be equal",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A Merkle proof transaction used the same relay as leaf and cousin.",
        advice: "Not a relay error: the servicer's proof transaction is invalid.",
    },
    ErrorInfo {
        code: 73,
        name: "invalid_root",
        message: "the merkle root passed is invalid",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A claim's Merkle root is invalid.",
        advice: "Not a relay error: the servicer's claim is invalid.",
    },
    ErrorInfo {
        code: 74,
        name: "request_hash_mismatch",
        message: "the request hash does not match the payload hash",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "proof.request_hash is not the lowercase-hex SHA3-256 of the payload and meta as Go's JSON encoder writes them.",
        advice: "Compute the request hash with Go's JSON rules (HTML escapes \\u003c \\u003e \\u0026, sorted headers, \"headers\":null): JavaScript SDKs get this wrong for payloads containing <, > or &; check with `pgw proof verify --explain`.",
    },
    ErrorInfo {
        code: 75,
        name: "out_of_sync_request",
        message: "the request block height is out of sync with the current block height",
        culprit: Culprit::Dispatcher,
        retry: Retry::Redispatch,
        warrants_dispatch: true,
        meaning: "meta.block_height is further than client_block_sync_allowance (default 10) blocks from the node's current height.",
        advice: "Set meta.block_height to the current height (the block_height of a fresh dispatch: the one in the error response or `pgw dispatch`); if the node itself lags, use another node.",
    },
    ErrorInfo {
        code: 76,
        name: "unsupported_blockchain",
        message: "the blockchain in this request is not supported",
        culprit: Culprit::Network,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The chain in the request is not supported by the network.",
        advice: "Use a chain ID the network supports.",
    },
    ErrorInfo {
        code: 77,
        name: "duplicate_public_key",
        message: "the public key is duplicated in the proof",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A challenge lists the same servicer more than once.",
        advice: "Not a relay error: build the challenge from responses of distinct servicers.",
    },
    ErrorInfo {
        code: 78,
        name: "mismatched_request_hash",
        message: "the request hashes included in the proof do not match",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The relay responses in a challenge are for different requests.",
        advice: "Not a relay error: a challenge must compare responses to one request.",
    },
    ErrorInfo {
        code: 79,
        name: "mismatched_app_pub_key",
        message: "the application public keys included in the proofs do not match",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The relay responses in a challenge name different applications.",
        advice: "Not a relay error: a challenge must compare relays of one app.",
    },
    ErrorInfo {
        code: 80,
        name: "mismatched_session_height",
        message: "the session block heights included in the proofs do not match",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The relay responses in a challenge come from different sessions.",
        advice: "Not a relay error: a challenge must compare relays of one session.",
    },
    ErrorInfo {
        code: 81,
        name: "mismatched_blockchains",
        message: "the non-native blockchains provided in the proofs do not match",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The relay responses in a challenge are for different chains.",
        advice: "Not a relay error: a challenge must compare relays on one chain.",
    },
    ErrorInfo {
        code: 82,
        name: "no_majority_response",
        message: "no majority can be established between all of the responses",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The majority responses of a challenge do not agree with each other.",
        advice: "Not a relay error: a challenge needs agreeing majority responses.",
    },
    ErrorInfo {
        code: 83,
        name: "node_not_in_session",
        message: "the node is not within the session",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A servicer named in a challenge is not part of that session.",
        advice: "Not a relay error: challenge only responses from the session's nodes.",
    },
    ErrorInfo {
        code: 84,
        name: "no_evidence_type",
        message: "the GOBEvidence type is not supplied in the claim message",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A claim transaction does not say which kind of evidence it claims.",
        advice: "Not a relay error: the servicer's claim is invalid.",
    },
    ErrorInfo {
        code: 85,
        name: "invalid_pk_file",
        message: "the PK File is not found",
        culprit: Culprit::Servicer,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "The node's private key file is missing.",
        advice: "Send the relay to another session node; this node is misconfigured.",
    },
    ErrorInfo {
        code: 86,
        name: "replay_attack",
        message: "the merkle proof is flagged as a replay attack",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A proof transaction reuses relay evidence that was already claimed.",
        advice: "Not a relay error: the servicer's proof transaction is rejected.",
    },
    ErrorInfo {
        code: 87,
        name: "invalid_network_id",
        message: "the netid Length is invalid",
        culprit: Culprit::Client,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A network (chain) identifier has the wrong length.",
        advice: "Use a chain ID of 1 to 4 hex bytes, e.g. \"0021\".",
    },
    ErrorInfo {
        code: 88,
        name: "invalid_expiration_height",
        message: "the expiration height included in the claim message is invalid (should not be set)",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A claim transaction set an expiration height it must leave empty.",
        advice: "Not a relay error: the servicer's claim is invalid.",
    },
    ErrorInfo {
        code: 89,
        name: "invalid_merkle_range",
        message: "the merkle hash range is invalid",
        culprit: Culprit::Servicer,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "A Merkle node's hash range is invalid.",
        advice: "Not a relay error: the servicer's proof transaction is invalid.",
    },
    ErrorInfo {
        code: 90,
        name: "evidence_sealed",
        message: "the evidence is sealed, either max relays reached or claim already submitted",
        culprit: Culprit::Application,
        retry: Retry::OtherNode,
        warrants_dispatch: false,
        meaning: "This node accepts no more relays for this app, chain and session: it served the app's relay budget or has already claimed the session.",
        advice: "Send further relays to other session nodes, or wait for the next session (`pgw dispatch`).",
    },
    ErrorInfo {
        code: 91,
        name: "chains_over_limit",
        message: "the number of staked chains is over the limit: ",
        culprit: Culprit::Application,
        retry: Retry::Never,
        warrants_dispatch: false,
        meaning: "The application is staked for more chains than the max_chains parameter allows, so nodes refuse to serve it (\"got N, max M\" follows).",
        advice: "Re-stake the application with at most max_chains chains.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn info(code: u32) -> &'static ErrorInfo {
        lookup(code).unwrap_or_else(|| panic!("code {code} missing"))
    }

    #[test]
    fn sorted_by_code_without_duplicates() {
        for pair in CATALOGUE.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} before {}", pair[0].code, pair[1].code);
        }
        let first = CATALOGUE.first().map(|e| e.code);
        let last = CATALOGUE.last().map(|e| e.code);
        assert_eq!((first, last), (Some(1), Some(91)));
    }

    #[test]
    fn exactly_the_codes_pocket_core_defines() {
        let missing = [3, 7, 12, 15, 16];
        let expected: Vec<u32> = (1..=91).filter(|c| !missing.contains(c)).collect();
        let actual: Vec<u32> = CATALOGUE.iter().map(|e| e.code).collect();
        assert_eq!(actual, expected);
    }

    #[test]
    fn names_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for e in CATALOGUE {
            assert!(seen.insert(e.name), "duplicate name {}", e.name);
            let ok = !e.name.is_empty()
                && e.name.starts_with(|c: char| c.is_ascii_lowercase())
                && !e.name.ends_with('_')
                && !e.name.contains("__")
                && e.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            assert!(ok, "name {:?} is not snake_case", e.name);
        }
    }

    #[test]
    fn texts_are_present() {
        for e in CATALOGUE {
            assert!(!e.message.is_empty() || e.code == 58, "code {} has no message", e.code);
            assert!(!e.meaning.is_empty(), "code {} has no meaning", e.code);
            assert!(!e.advice.is_empty(), "code {} has no advice", e.code);
        }
    }

    #[test]
    fn exact_go_messages() {
        let m4 = info(4).message;
        assert!(m4.starts_with("the application authentication token is invalid"));
        assert_eq!(m4, "the application authentication token is invalid : ");
        assert_eq!(
            info(14).message,
            "this node (self) is not responsible for this session provided by the client"
        );
        assert_eq!(info(25).message, "the payload data of the relay request is empty");
        assert_eq!(info(37).message, "the Proof with specific merkleHash already found, check entropy");
        assert_eq!(info(38).message, "the signature Length is invalid");
        assert_eq!(info(52).message, "the hex string could not be decoded: ");
        assert_eq!(info(60).message, "the block height passed is invalid");
        assert_eq!(info(71).message, "the max number of relays serviced for this node is exceeded");
        assert_eq!(info(74).message, "the request hash does not match the payload hash");
        assert_eq!(info(75).message, "the request block height is out of sync with the current block height");
        assert_eq!(
            info(90).message,
            "the evidence is sealed, either max relays reached or claim already submitted"
        );
    }

    #[test]
    fn warrants_dispatch_exactly_for_14_60_71_75() {
        let codes: Vec<u32> = CATALOGUE.iter().filter(|e| e.warrants_dispatch).map(|e| e.code).collect();
        assert_eq!(codes, [14, 60, 71, 75]);
    }

    #[test]
    fn lookup_finds_defined_codes_only() {
        assert_eq!(info(74).name, "request_hash_mismatch");
        assert!(lookup(3).is_none());
        assert!(lookup(0).is_none());
        assert!(lookup(92).is_none());
        assert!(lookup(1000).is_none());
        for e in CATALOGUE {
            assert_eq!(lookup(e.code), Some(e));
        }
    }

    #[test]
    fn retry_policy() {
        for code in [90, 71] {
            assert_eq!(info(code).retry, Retry::OtherNode, "code {code}");
            assert!(info(code).is_retryable());
        }
        for code in [74, 4, 41] {
            assert_eq!(info(code).retry, Retry::Never, "code {code}");
            assert!(!info(code).is_retryable());
        }
        for code in [60, 14] {
            assert_eq!(info(code).retry, Retry::Redispatch, "code {code}");
            assert!(info(code).is_retryable());
        }
    }

    #[test]
    fn relay_advice_names_the_helping_command() {
        for code in [6, 23, 38, 39, 41, 42, 52, 62, 74] {
            assert!(info(code).advice.contains("pgw proof verify --explain"), "code {code}");
        }
        assert!(info(4).advice.contains("pgw aat verify"));
        for code in [14, 17, 60, 75] {
            assert!(info(code).advice.contains("pgw dispatch"), "code {code}");
        }
    }

    #[test]
    fn serializes_enums_as_snake_case() {
        let json = serde_json::to_string(info(90)).unwrap_or_default();
        assert!(json.contains(r#""culprit":"application""#), "{json}");
        assert!(json.contains(r#""retry":"other_node""#), "{json}");
    }
}
