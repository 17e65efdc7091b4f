//! TCP connect times to the session's nodes, measured apart from the relays (whose connections
//! are opened during the warm-up and then kept alive). Only the TCP handshake is timed: the
//! name is resolved first, and TLS (for https nodes) is not included.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use tokio::net::TcpStream;

use super::stats::{Connects, micros};

/// `host:port` of a service URL (the scheme's default port when none is given).
pub fn address(service_url: &str) -> Result<(String, u16), String> {
    let url = reqwest::Url::parse(service_url).map_err(|e| format!("{service_url} is not a URL: {e}"))?;
    let host = url.host_str().ok_or_else(|| format!("{service_url} has no host"))?;
    let port = url.port_or_known_default().ok_or_else(|| format!("{service_url} has no port"))?;
    Ok((host.trim_start_matches('[').trim_end_matches(']').to_string(), port))
}

async fn one_url(url: String, samples: usize, timeout: Duration) -> (String, Connects) {
    let mut c = Connects::default();
    let target = match address(&url) {
        Ok(a) => a,
        Err(_) => {
            c.failures += samples as u64;
            return (url, c);
        }
    };
    let resolved =
        tokio::time::timeout(timeout, tokio::net::lookup_host((target.0.as_str(), target.1))).await;
    let Some(addr) = resolved.ok().and_then(Result::ok).and_then(|mut a| a.next()) else {
        c.failures += samples as u64;
        return (url, c);
    };
    for _ in 0..samples {
        let start = Instant::now();
        match tokio::time::timeout(timeout, TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => {
                c.record(micros(start.elapsed()));
                drop(stream);
            }
            _ => c.failures += 1,
        }
    }
    (url, c)
}

/// `samples` sequential connects to each distinct service URL (URLs in parallel).
pub async fn measure(urls: &[String], samples: usize, timeout: Duration) -> BTreeMap<String, Connects> {
    let mut distinct: Vec<String> = urls.to_vec();
    distinct.sort();
    distinct.dedup();
    let mut set = tokio::task::JoinSet::new();
    for url in distinct {
        set.spawn(one_url(url, samples, timeout));
    }
    let mut out = BTreeMap::new();
    while let Some(done) = set.join_next().await {
        if let Ok((url, c)) = done {
            out.insert(url, c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_of_service_urls() {
        assert_eq!(address("http://127.0.0.1:8081").unwrap(), ("127.0.0.1".into(), 8081));
        assert_eq!(address("https://node.example.org").unwrap(), ("node.example.org".into(), 443));
        assert_eq!(address("http://[::1]:9/x").unwrap(), ("::1".into(), 9));
        assert!(address("not a url").is_err());
    }

    #[tokio::test]
    async fn connects_are_timed_and_refusals_counted() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let open = format!("http://{}", listener.local_addr().unwrap());
        let closed = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            format!("http://{}", l.local_addr().unwrap())
        };
        let got = measure(&[open.clone(), closed.clone(), open.clone()], 3, Duration::from_secs(2)).await;
        assert_eq!(got.len(), 2);
        assert_eq!((got[&open].samples, got[&open].failures), (3, 0));
        assert_eq!((got[&closed].samples, got[&closed].failures), (0, 3));
    }
}
