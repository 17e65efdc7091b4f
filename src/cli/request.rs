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
        headers.insert(name.trim().to_string(), value.trim_start().to_string());
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
