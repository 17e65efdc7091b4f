// Decodes relay bodies as a pocket-core node does (encoding/json into its structs, first MiB
// only, body cut at the first 0x00 as the proof_verify target does) and prints one JSON line
// per file: {"file":…, "ok":bool, "relay":…, "err":…}. Compare with the same dump from
// pgw::protocol::morse::wire::decode_relay (serde_json::to_string of the Relay) to find divergences:
//
//	mkdir /tmp/godiff && cp go_decode_relay.go /tmp/godiff/ && cd /tmp/godiff && go mod init godiff
//	go build -o godiff . && ./godiff /path/to/fuzz/corpus/proof_verify/* > go.jsonl
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

type AAT struct {
	Version              string `json:"version"`
	ApplicationPublicKey string `json:"app_pub_key"`
	ClientPublicKey      string `json:"client_pub_key"`
	ApplicationSignature string `json:"signature"`
}
type RelayProof struct {
	RequestHash        string `json:"request_hash"`
	Entropy            int64  `json:"entropy"`
	SessionBlockHeight int64  `json:"session_block_height"`
	ServicerPubKey     string `json:"servicer_pub_key"`
	Blockchain         string `json:"blockchain"`
	Token              AAT    `json:"aat"`
	Signature          string `json:"signature"`
}
type Payload struct {
	Data    string            `json:"data"`
	Method  string            `json:"method"`
	Path    string            `json:"path"`
	Headers map[string]string `json:"headers"`
}
type RelayMeta struct {
	BlockHeight int64 `json:"block_height"`
}
type Relay struct {
	Payload Payload    `json:"payload"`
	Meta    RelayMeta  `json:"meta"`
	Proof   RelayProof `json:"proof"`
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	for _, f := range os.Args[1:] {
		data, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		if i := bytes.IndexByte(data, 0); i >= 0 {
			data = data[:i]
		}
		data, _ = io.ReadAll(io.LimitReader(bytes.NewReader(data), 1048576))
		var r Relay
		out := map[string]interface{}{"file": f}
		if err := json.Unmarshal(data, &r); err != nil {
			out["ok"] = false
			out["err"] = err.Error()
		} else {
			out["ok"] = true
			out["relay"] = r
		}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
}
