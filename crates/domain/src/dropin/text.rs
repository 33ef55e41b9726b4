//! Checks of the free text and numbers staff type about drop-in times: public lines and text,
//! reasons, visitor counts and map coordinates.
use crate::Invalid;

/// One line of public text: whitespace runs become one space; control characters are refused
/// (they would break the calendar feed's lines, and PostgreSQL refuses NUL).
pub fn parse_line(s: &str, max: usize) -> Result<String, Invalid> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().any(char::is_control) {
        return Err(Invalid::new("error-control-chars"));
    }
    if s.chars().count() > max {
        return Err(Invalid::new("error-too-long"));
    }
    Ok(s)
}

/// Public text of several lines: line breaks kept (as `\n`), other control characters refused.
pub fn parse_text(s: &str, max: usize) -> Result<String, Invalid> {
    let s = s.trim().replace("\r\n", "\n").replace('\t', " ");
    if s.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Invalid::new("error-control-chars"));
    }
    if s.chars().count() > max {
        return Err(Invalid::new("error-too-long"));
    }
    Ok(s)
}

/// A short reason shown publicly: one line, at most 200 characters.
pub fn parse_reason(s: &str, required: bool) -> Result<String, Invalid> {
    let s = parse_line(s, 200)?;
    if required && s.is_empty() {
        return Err(Invalid::new("error-dropin-reason"));
    }
    Ok(s)
}

/// The number of residents who came: 0 is a valid answer.
pub fn parse_visitors(s: &str) -> Result<i32, Invalid> {
    match s.trim().parse::<i32>() {
        Ok(n) if (0..=1000).contains(&n) => Ok(n),
        _ => Err(Invalid::new("error-dropin-visitors")),
    }
}

/// Map coordinates as "latitude, longitude" in decimal degrees.
pub fn parse_coordinates(s: &str) -> Result<Option<(f64, f64)>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let bad = Invalid::new("error-dropin-coordinates");
    let (a, b) = s.split_once(',').ok_or(bad)?;
    let lat: f64 = a.trim().parse().map_err(|_| bad)?;
    let lon: f64 = b.trim().parse().map_err(|_| bad)?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(bad);
    }
    Ok(Some((lat, lon)))
}
