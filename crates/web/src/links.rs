//! Links within the site: encoding a value for a query string, and the one place that decides
//! whether a `next` path may be followed.

/// Percent-encodes a value for use inside a URL query.
pub fn encode_component(s: &str) -> String {
    serde_urlencoded::to_string([("", s)]).map(|e| e[1..].to_owned()).unwrap_or_default()
}

/// A same-site path to go to after sign-in or a language switch; anything else becomes `/`.
pub fn safe_next(next: Option<&str>) -> String {
    static BASE: std::sync::LazyLock<url::Url> =
        std::sync::LazyLock::new(|| url::Url::parse("http://lotsen.invalid/").expect("a valid base"));
    // Read as a browser reads a `Location`: the WHATWG parser drops tabs and newlines and takes
    // `\` for `/`, so `/\t/evil.example` is `//evil.example`, another host.
    let Some(url) = next.filter(|n| n.starts_with('/')).and_then(|n| BASE.join(n).ok()) else {
        return "/".to_owned();
    };
    // Written back as the parser normalised it; a path that would itself start with `//` (from
    // `/.//evil.example`) is refused too, as a browser would read it as a host.
    if url.origin() != BASE.origin() || url.path().starts_with("//") {
        return "/".to_owned();
    }
    let mut out = url.path().to_owned();
    if let Some(q) = url.query() {
        out.push('?');
        out.push_str(q);
    }
    if let Some(f) = url.fragment() {
        out.push('#');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_stays_on_this_site_however_it_is_written() {
        for evil in [
            "https://evil.example",
            "//evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/\\evil.example",
            "\\/evil.example",
            "/.//evil.example",
            "/%2e//evil.example",
            " /evil",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(safe_next(Some(evil)), "/", "{evil:?}");
        }
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn a_path_of_ours_is_kept_with_its_query_and_fragment() {
        assert_eq!(safe_next(Some("/cases?status=open&page=2#list")), "/cases?status=open&page=2#list");
        assert_eq!(safe_next(Some("/support?q=ekonomiskt%20bist%C3%A5nd")), "/support?q=ekonomiskt%20bist%C3%A5nd");
        assert_eq!(safe_next(Some("/directory/services/3f2a")), "/directory/services/3f2a");
    }
}
