//! The client's address, for the audit log, sign-in throttling and the public forms' rate limit.
use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;

use crate::state::AppState;

#[derive(Debug, Clone)]
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let ip = client_address(&parts.headers, peer, state.settings.trusted_proxies);
        Ok(ClientIp(ip.map_or_else(|| "unknown".to_owned(), |ip| ip.to_string())))
    }
}

/// The address of whoever sent the request, behind `trusted` reverse proxies of our own.
///
/// Each proxy appends the address it was connected from to `X-Forwarded-For`, so the list is read
/// from the right: the last entry was written by the nearest proxy, and the client's address is
/// the entry `trusted` places from the right. Anything further left was written by the client and
/// proves nothing. A list shorter than that (all of it written by our proxies) gives its first
/// entry; a malformed entry where the client should be gives the proxy's own address, so a
/// spoofed header never becomes the address throttling counts.
pub fn client_address(headers: &HeaderMap, peer: Option<IpAddr>, trusted: usize) -> Option<IpAddr> {
    if trusted == 0 {
        return peer;
    }
    // Several headers are one list, in order (RFC 9110 §5.3).
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    if entries.is_empty() {
        return peer;
    }
    let at = entries.len().saturating_sub(trusted);
    entries[at].parse::<IpAddr>().ok().or(peer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xff(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().expect("header value"));
        }
        h
    }

    fn ip(s: &str) -> Option<IpAddr> {
        s.parse().ok()
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        assert_eq!(client_address(&xff(&["203.0.113.9"]), ip("10.0.0.2"), 0), ip("10.0.0.2"));
    }

    #[test]
    fn the_client_cannot_choose_its_address_by_prepending_entries() {
        // The client sent "1.2.3.4"; our one proxy appended the address it saw.
        let h = xff(&["1.2.3.4, 198.51.100.7"]);
        assert_eq!(client_address(&h, ip("10.0.0.2"), 1), ip("198.51.100.7"));
        // Two proxies of ours: the outer one appended the client, the inner one the outer proxy.
        let h = xff(&["1.2.3.4, 198.51.100.7, 10.0.0.5"]);
        assert_eq!(client_address(&h, ip("10.0.0.2"), 2), ip("198.51.100.7"));
    }

    #[test]
    fn several_headers_are_one_list() {
        let h = xff(&["1.2.3.4", "198.51.100.7"]);
        assert_eq!(client_address(&h, ip("10.0.0.2"), 1), ip("198.51.100.7"));
    }

    #[test]
    fn a_short_or_broken_list_never_yields_a_spoofed_address() {
        assert_eq!(client_address(&xff(&["198.51.100.7"]), ip("10.0.0.2"), 3), ip("198.51.100.7"));
        assert_eq!(client_address(&xff(&["1.2.3.4, nonsense"]), ip("10.0.0.2"), 1), ip("10.0.0.2"));
        assert_eq!(client_address(&HeaderMap::new(), ip("10.0.0.2"), 1), ip("10.0.0.2"));
    }
}
