//! Random inputs: hostile text for form fields, and byte-level mutations of corpus entries.
use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;

/// No generated input grows past this, so an iteration stays quick.
pub const MAX_LEN: usize = 1 << 20;

/// Text that has broken parsers before: numbers at the edges, impossible dates, control
/// characters, right-to-left and combining text, escapes of the formats we write.
const NASTY: &[&str] = &[
    "",
    " ",
    "\t",
    "\u{a0}",
    "\0",
    "\r\n",
    "\n",
    "\r",
    "\u{1b}[31m",
    "0",
    "-0",
    "+1",
    "-1",
    "1e309",
    "-1e309",
    "NaN",
    "inf",
    "0x10",
    "1_000",
    "1 000",
    "99999999999999999999",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "4294967295",
    "4294967296",
    "2147483648",
    "65536",
    "12.5",
    "1,5",
    "2026-02-30",
    "2026-02-29",
    "2024-02-29",
    "0000-01-01",
    "9999-12-31",
    "+275760-09-13",
    "-0001-01-01",
    "2026-13-01",
    "2026-1-1",
    "2026-03-29",
    "2026-10-25",
    "2026-03-29T02:30",
    "01/02/2026",
    "24:00",
    "23:59:60",
    "02:30",
    "25:61",
    "-1:00",
    "10.30",
    "MO",
    "SU",
    "mo",
    "XX",
    "once",
    "weekly",
    "biweekly",
    "monthly",
    "-1",
    "5",
    "520",
    "521",
    "#12",
    "#",
    "yes",
    "ja",
    "no",
    "ej aktuellt",
    "\u{202e}gnp.exe",
    "\u{2068}isolated\u{2069}",
    "مرحبا بالعالم",
    "שלום",
    "e\u{301}\u{301}\u{301}",
    "👩‍👩‍👧‍👦",
    "\u{feff}",
    "\u{fffd}",
    "\u{10ffff}",
    "Zoë; \"quoted\", \\back\\slash",
    "a,b;c:d\\e",
    "\\n",
    "\\,",
    "=1+1",
    "@SUM(A1)",
    "<script>alert(1)</script>",
    "'; DROP TABLE cases; --",
    "${jndi:ldap://x}",
    "%s%s%n",
    "../../etc/passwd",
    "Åsa Öberg-Ärlig",
];

/// The longest run of one piece in a hostile string.
const LONG: usize = 64 * 1024;

/// A hostile string: a few pieces of [`NASTY`], random characters, and sometimes a long run.
pub fn nasty(rng: &mut StdRng) -> String {
    let mut s = String::new();
    for _ in 0..rng.random_range(1..=3) {
        match rng.random_range(0..10) {
            0..=5 => s.push_str(NASTY.choose(rng).copied().unwrap_or("")),
            6 | 7 => {
                for _ in 0..rng.random_range(1..20) {
                    s.push(any_char(rng));
                }
            }
            8 => {
                let piece = NASTY.choose(rng).copied().unwrap_or("x");
                let piece = if piece.is_empty() { "x" } else { piece };
                s.push_str(&piece.repeat(rng.random_range(10..4000).min(LONG / piece.len())));
            }
            _ => s.push_str(&"ä".repeat(rng.random_range(70..300))),
        }
    }
    s
}

/// Any character, weighted to ASCII punctuation and the scripts Lotsen is used in.
pub fn any_char(rng: &mut StdRng) -> char {
    match rng.random_range(0..6) {
        0 => rng.random_range(' '..='~'),
        1 => char::from(*b",;:\\\"'\n\r\t\0".as_slice().choose(rng).unwrap_or(&b'x')),
        2 => rng.random_range('\u{600}'..='\u{6ff}'),
        3 => rng.random_range('\u{1f300}'..='\u{1f6ff}'),
        4 => rng.random_range('\u{80}'..='\u{2fff}'),
        _ => rng.random::<char>(),
    }
}

/// A field value: mostly hostile, sometimes one of the `good` values (so checks past the first
/// one are reached), sometimes a good value with hostile text around it.
pub fn field(rng: &mut StdRng, good: &[String]) -> String {
    match (rng.random_range(0..10), good.choose(rng)) {
        (0..=4, Some(g)) => g.clone(),
        (5, Some(g)) => format!("{}{g}{}", pad(rng), pad(rng)),
        _ => nasty(rng),
    }
}

fn pad(rng: &mut StdRng) -> &'static str {
    ["", " ", "\t", "\u{a0}", "\n", "#", "0", "\0"].choose(rng).copied().unwrap_or("")
}

/// Bytes often special to CSV, XML, JSON and zip.
const MAGIC: &[&[u8]] = &[
    b"\"",
    b",",
    b";",
    b"\n",
    b"\r\n",
    b"\0",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"<",
    b">",
    b"&amp;",
    b"&#0;",
    b"&#xFFFFFFFF;",
    b"]]>",
    b"<![CDATA[",
    b"{",
    b"[",
    b"}",
    b"]",
    b"\\u0000",
    b"\\ud800",
    b"1e999999",
    b"-0",
    b"99999999999999999999999",
    b"PK\x03\x04",
    b"PK\x01\x02",
    b"PK\x05\x06",
];

/// One to four random changes to `data`: bit flips, bytes set, ranges inserted, deleted or
/// repeated, truncation, a piece of `other` spliced in. The result is at most [`MAX_LEN`].
pub fn mutate(rng: &mut StdRng, data: &[u8], other: &[u8]) -> Vec<u8> {
    let mut d = data.to_vec();
    for _ in 0..rng.random_range(1..=4) {
        let len = d.len();
        let at = if len == 0 { 0 } else { rng.random_range(0..=len) };
        match rng.random_range(0..9) {
            0 if len > 0 => {
                let i = at.min(len - 1);
                d[i] ^= 1 << rng.random_range(0..8);
            }
            1 if len > 0 => {
                let i = at.min(len - 1);
                d[i] = rng.random();
            }
            2 => {
                let n = rng.random_range(1..16);
                let bytes: Vec<u8> = (0..n).map(|_| rng.random()).collect();
                d.splice(at..at, bytes);
            }
            3 => {
                let m = MAGIC.choose(rng).copied().unwrap_or(b"\"");
                d.splice(at..at, m.iter().copied());
            }
            4 if len > 0 => {
                let end = (at + rng.random_range(1..64)).min(len);
                d.drain(at.min(end)..end);
            }
            5 if len > 0 => {
                // A range repeated: many rows, many columns, long cells.
                let end = (at + rng.random_range(1..256)).min(len);
                let start = at.min(end.saturating_sub(1));
                let piece = d[start..end].to_vec();
                let times = rng.random_range(1..64);
                let mut insert = Vec::with_capacity(piece.len() * times);
                for _ in 0..times {
                    insert.extend_from_slice(&piece);
                }
                d.splice(end..end, insert);
            }
            6 => d.truncate(at),
            7 if !other.is_empty() => {
                let from = rng.random_range(0..other.len());
                let to = (from + rng.random_range(1..4096)).min(other.len());
                d.splice(at..at, other[from..to].iter().copied());
            }
            _ => {
                let end = (at + rng.random_range(0..32)).min(len);
                d[at.min(end)..end].reverse();
            }
        }
        d.truncate(MAX_LEN);
    }
    d
}
