//! The gateway's URL space, as a pure function of method and path.

use hyper::Method;

/// What a request asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route<'a> {
    /// `POST /` (the default chain) or `POST /v1/CHAIN`: a JSON-RPC body.
    Rpc {
        chain: Option<&'a str>,
    },
    /// Any other method, or any path under `/v1/CHAIN/`: relayed with that method and path.
    Rest {
        chain: &'a str,
        method: Method,
        path: String,
    },
    Health,
    Qos,
    Metrics,
    MethodNotAllowed {
        allow: &'static str,
    },
    NotFound,
}

impl Route<'_> {
    /// The route's name in metrics (bounded: never the chain or path).
    pub fn label(&self) -> &'static str {
        match self {
            Route::Rpc { chain: None } => "/",
            Route::Rpc { chain: Some(_) } => "/v1/{chain}",
            Route::Rest { .. } => "/v1/{chain}/{path}",
            Route::Health => "/health",
            Route::Qos => "/qos",
            Route::Metrics => "/metrics",
            Route::MethodNotAllowed { .. } | Route::NotFound => "other",
        }
    }
}

/// Routes a request.
pub fn route<'a>(method: &Method, path: &'a str, query: Option<&str>) -> Route<'a> {
    let get = |route: Route<'a>| {
        if method == Method::GET || method == Method::HEAD {
            route
        } else {
            Route::MethodNotAllowed { allow: "GET" }
        }
    };
    match path {
        "/" if method == Method::POST => return Route::Rpc { chain: None },
        "/" => return Route::MethodNotAllowed { allow: "POST" },
        "/health" => return get(Route::Health),
        "/qos" => return get(Route::Qos),
        "/metrics" => return get(Route::Metrics),
        _ => {}
    }
    let Some(rest) = path.strip_prefix("/v1/") else {
        return Route::NotFound;
    };
    let (chain, tail) = match rest.split_once('/') {
        Some((chain, tail)) => (chain, Some(tail)),
        None => (rest, None),
    };
    if chain.is_empty() {
        return Route::NotFound;
    }
    match tail {
        // `POST /v1/CHAIN` and `POST /v1/CHAIN/` are JSON-RPC.
        None | Some("") if method == Method::POST => Route::Rpc { chain: Some(chain) },
        tail => {
            let mut path = format!("/{}", tail.unwrap_or_default());
            if let Some(query) = query.filter(|q| !q.is_empty()) {
                path.push('?');
                path.push_str(query);
            }
            Route::Rest { chain, method: method.clone(), path }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_rpc_routes() {
        assert_eq!(route(&Method::POST, "/", None), Route::Rpc { chain: None });
        assert_eq!(route(&Method::POST, "/v1/eth", None), Route::Rpc { chain: Some("eth") });
        assert_eq!(route(&Method::POST, "/v1/0021/", None), Route::Rpc { chain: Some("0021") });
        assert_eq!(route(&Method::GET, "/", None), Route::MethodNotAllowed { allow: "POST" });
    }

    #[test]
    fn rest_routes_keep_method_path_and_query() {
        assert_eq!(
            route(&Method::GET, "/v1/0001/v1/query/height", Some("x=1")),
            Route::Rest { chain: "0001", method: Method::GET, path: "/v1/query/height?x=1".into() }
        );
        assert_eq!(
            route(&Method::POST, "/v1/pokt/v1/query/height", Some("")),
            Route::Rest { chain: "pokt", method: Method::POST, path: "/v1/query/height".into() }
        );
        assert_eq!(
            route(&Method::GET, "/v1/0001", None),
            Route::Rest { chain: "0001", method: Method::GET, path: "/".into() }
        );
    }

    #[test]
    fn service_routes_and_the_rest() {
        assert_eq!(route(&Method::GET, "/health", None), Route::Health);
        assert_eq!(route(&Method::GET, "/qos", None), Route::Qos);
        assert_eq!(route(&Method::GET, "/metrics", None), Route::Metrics);
        assert_eq!(route(&Method::POST, "/metrics", None), Route::MethodNotAllowed { allow: "GET" });
        assert_eq!(route(&Method::GET, "/v2/x", None), Route::NotFound);
        assert_eq!(route(&Method::POST, "/v1/", None), Route::NotFound);
        assert_eq!(route(&Method::POST, "/v1//x", None), Route::NotFound);
        assert_eq!(route(&Method::GET, "/v1/0021/x", None).label(), "/v1/{chain}/{path}");
        assert_eq!(route(&Method::GET, "/nope", None).label(), "other");
    }
}
