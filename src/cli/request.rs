//! The chain request a relay carries: method, REST path and headers, with the data from the
//! command line (shared by `proof sign`, `relay` and `bench`).

use std::collections::BTreeMap;

use clap::Args;

use crate::error::{Error, Result};
use crate::protocol::morse::relay::Payload;

#[derive(Debug, Args)]
pub struct RequestArgs {
    /// HTTP method the servicer uses towards the chain
    #[arg(long, value_name = "METHOD", default_value = "POST")]
    pub method: String,
    /// REST path on the chain (empty for JSON-RPC)
    #[arg(long, value_name = "PATH", default_value = "")]
    pub path: String,
    /// An HTTP header for the chain request, 'Name: value' (repeatable); none means "headers":null
    #[arg(short = 'H', long = "header", value_name = "HEADER")]
    pub headers: Vec<String>,
}

impl RequestArgs {
    /// The relay payload for `data`; an empty request is refused, as nodes refuse it (code 25).
    pub fn payload(&self, data: String) -> Result<Payload> {
        check_method(&self.method)?;
        let payload = Payload {
            data,
            method: self.method.clone(),
            path: self.path.clone(),
            headers: parse_headers(&self.headers)?,
        };
        if payload.data.is_empty() && payload.path.is_empty() {
            return Err(Error::usage(
                "DATA is empty and there is no --path: nodes reject such relays (code 25)",
            ));
        }
        Ok(payload)
    }
}

/// RFC 9110's `token` characters: what a method or a header name may be made of.
fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// A method is one HTTP token (`GET`, `POST`): a space or line break would let the request
/// the node sends to its chain say something else than what was signed.
fn check_method(method: &str) -> Result<()> {
    if is_token(method) {
        return Ok(());
    }
    Err(Error::usage(format!(
        "--method {}: a method is one word of letters, digits or !#$%&'*+-.^_`|~ (e.g. GET, POST)",
        crate::output::sanitize::one_line(&format!("{method:?}"))
    )))
}

/// `-H 'Name: value'` flags as a header map, like curl reads them.
pub fn parse_headers(raw: &[String]) -> Result<Option<BTreeMap<String, String>>> {
    if raw.is_empty() {
        return Ok(None);
    }
    let mut headers = BTreeMap::new();
    for header in raw {
        let (name, value) = header
            .split_once(':')
            .filter(|(name, _)| !name.trim().is_empty())
            .ok_or_else(|| Error::usage(format!("-H '{header}': a header is written 'Name: value'")))?;
        let (name, value) = (name.trim(), value.trim_start());
        if !is_token(name) {
            return Err(Error::usage(format!(
                "-H {}: a header name is one word of letters, digits or !#$%&'*+-.^_`|~",
                crate::output::sanitize::one_line(&format!("{header:?}"))
            )));
        }
        if value.chars().any(|c| c.is_control() && c != '\t') {
            return Err(Error::usage(format!(
                "-H {}: a header value cannot hold line breaks or other control characters",
                crate::output::sanitize::one_line(&format!("{header:?}"))
            )));
        }
        headers.insert(name.to_string(), value.to_string());
    }
    Ok(Some(headers))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_parse_like_curl() {
        let h =
            parse_headers(&["Content-Type: application/json".into(), "X-A:b: c".into()]).unwrap().unwrap();
        assert_eq!(h["Content-Type"], "application/json");
        assert_eq!(h["X-A"], "b: c");
        assert!(parse_headers(&["nocolon".into()]).is_err());
        assert!(parse_headers(&[": v".into()]).is_err());
        assert_eq!(parse_headers(&[]).unwrap(), None);
    }

    #[test]
    fn line_breaks_and_spaces_never_reach_the_signed_request() {
        let err = parse_headers(&["X-A: b\r\nX-Injected: 1".into()]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "-H \"X-A: b\\r\\nX-Injected: 1\": a header value cannot hold line breaks or other control characters"
        );
        assert!(parse_headers(&["X A: b".into()]).is_err());
        assert!(parse_headers(&["X-A: tab\tok".into()]).is_ok());
        let args =
            RequestArgs { method: "GET /admin HTTP/1.1\r\n".into(), path: String::new(), headers: vec![] };
        assert_eq!(
            args.payload("x".into()).unwrap_err().to_string(),
            "--method \"GET /admin HTTP/1.1\\r\\n\": a method is one word of letters, digits or !#$%&'*+-.^_`|~ (e.g. GET, POST)"
        );
        let get = RequestArgs { method: "GET".into(), ..args };
        assert!(get.payload("x".into()).is_ok());
    }

    #[test]
    fn an_empty_request_is_refused_as_nodes_refuse_it() {
        let args = RequestArgs { method: "POST".into(), path: String::new(), headers: vec![] };
        let err = args.payload(String::new()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "DATA is empty and there is no --path: nodes reject such relays (code 25)"
        );
        let rest = RequestArgs { path: "/v1/query/height".into(), ..args };
        assert_eq!(rest.payload(String::new()).unwrap().path, "/v1/query/height");
    }
}
