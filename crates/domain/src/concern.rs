//! School concern reports ("orosanmälningar"): per month, how many reports from schools ended in
//! each outcome. Entered by a manager from social services' figures, or read from a spreadsheet.
use crate::Invalid;
use crate::lists::match_key;

/// How a concern report ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    /// Did not lead to an investigation.
    NoInvestigation,
    /// Led to an investigation being opened.
    Investigation,
    /// Was linked to an ongoing investigation.
    Ongoing,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::NoInvestigation, Outcome::Investigation, Outcome::Ongoing];

    pub const fn code(self) -> &'static str {
        match self {
            Outcome::NoInvestigation => "no_investigation",
            Outcome::Investigation => "investigation",
            Outcome::Ongoing => "ongoing",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.code() == s)
    }

    /// Header names a spreadsheet may use for this outcome's column (compared by `match_key`).
    const fn headers(self) -> &'static [&'static str] {
        match self {
            Outcome::NoInvestigation => {
                &["no_investigation", "did not lead to an investigation", "ledde inte till utredning", "ej utredning"]
            }
            Outcome::Investigation => &[
                "investigation",
                "led to an investigation",
                "led to an investigation being opened",
                "ledde till utredning",
                "inledd utredning",
            ],
            Outcome::Ongoing => &[
                "ongoing",
                "linked to an ongoing investigation",
                "kopplad till pågående utredning",
                "pågående utredning",
            ],
        }
    }
}

/// The most rows a file may have: a century of months, and then some.
pub const MAX_ROWS: usize = 2_000;

/// The most reports one outcome can have in one month.
pub const COUNT_MAX: u32 = 100_000;

/// A count as typed: empty is "not entered", otherwise a whole number up to [`COUNT_MAX`].
pub fn parse_count(s: &str) -> Result<Option<u32>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match s.replace([' ', '\u{a0}'], "").parse::<u32>() {
        Ok(n) if n <= COUNT_MAX => Ok(Some(n)),
        _ => Err(Invalid::new("error-concern-count")),
    }
}

/// A month as `2023-01` (or a date in it, `2023-01-01`).
pub fn parse_month(s: &str) -> Result<(i32, u32), Invalid> {
    let s = s.trim();
    let mut parts = s.splitn(3, '-');
    let (Some(y), Some(m), day) = (parts.next(), parts.next(), parts.next()) else {
        return Err(Invalid::new("error-concern-month"));
    };
    // A date in the month is fine ("2023-01-01"); anything else after the month is not.
    let day_ok = day.is_none_or(|d| d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)));
    match (y.parse::<i32>(), m.parse::<u32>()) {
        (Ok(y), Ok(m)) if day_ok && (2000..=2100).contains(&y) && (1..=12).contains(&m) => Ok((y, m)),
        _ => Err(Invalid::new("error-concern-month")),
    }
}

/// One month's counts, in the order of [`Outcome::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthRow {
    pub year: i32,
    pub month: u32,
    pub counts: [Option<u32>; 3],
}

/// One problem in a spreadsheet: its row number (the header is row 1), column and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub row: usize,
    pub column: String,
    pub message_id: &'static str,
    pub value: String,
}

/// Reads a table with a header row: a month column and one column per outcome (Swedish or
/// English names). Every problem is reported; nothing is returned unless the whole table is right.
pub fn parse_table(rows: &[Vec<String>]) -> Result<Vec<MonthRow>, Vec<Problem>> {
    let problem = |row, column: &str, message_id, value: &str| Problem {
        row,
        column: column.to_owned(),
        message_id,
        value: value.to_owned(),
    };
    let Some(header) = rows.first() else { return Err(vec![problem(1, "", "import-error-empty", "")]) };
    let find = |names: &[&str]| header.iter().position(|h| names.iter().any(|n| match_key(n) == match_key(h)));
    let month_col = find(&["month", "månad"]);
    let cols: Vec<Option<usize>> = Outcome::ALL.iter().map(|o| find(o.headers())).collect();
    let mut problems = Vec::new();
    if month_col.is_none() {
        problems.push(problem(1, "month", "import-error-missing-column", ""));
    }
    for (o, c) in Outcome::ALL.iter().zip(&cols) {
        if c.is_none() {
            problems.push(problem(1, o.code(), "import-error-missing-column", ""));
        }
    }
    let Some(month_col) = month_col.filter(|_| problems.is_empty()) else { return Err(problems) };
    if rows.len() > MAX_ROWS + 1 {
        return Err(vec![problem(MAX_ROWS + 2, "", "error-concern-too-many", "")]);
    }
    let mut out: Vec<MonthRow> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, r) in rows.iter().enumerate().skip(1) {
        let line = i + 1;
        let cell = |c: usize| r.get(c).map(String::as_str).unwrap_or("");
        if r.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let month = match parse_month(cell(month_col)) {
            Ok(m) => Some(m),
            Err(e) => {
                problems.push(problem(line, "month", e.message_id, cell(month_col)));
                None
            }
        };
        let mut counts = [None; 3];
        for (k, (o, c)) in Outcome::ALL.iter().zip(&cols).enumerate() {
            let raw = cell(c.unwrap_or(usize::MAX));
            match parse_count(raw) {
                Ok(n) => counts[k] = n,
                Err(e) => problems.push(problem(line, o.code(), e.message_id, raw)),
            }
        }
        if let Some((year, month)) = month {
            if seen.insert((year, month)) {
                out.push(MonthRow { year, month, counts });
            } else {
                problems.push(problem(line, "month", "error-concern-month-twice", cell(month_col)));
            }
        }
    }
    if out.is_empty() && problems.is_empty() {
        problems.push(problem(2, "", "import-error-empty", ""));
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter().map(|r| r.iter().map(|c| (*c).to_owned()).collect()).collect()
    }

    #[test]
    fn the_first_half_of_2023_reads_as_the_domain_table_gives_it() {
        let t = table(&[
            &["Månad", "Ledde inte till utredning", "Ledde till utredning", "Kopplad till pågående utredning"],
            &["2023-01", "38", "25", "23"],
            &["2023-02", "49", "34", "19"],
            &["2023-06-01", "22", "13", " 5 "],
            &["", "", "", ""],
        ]);
        let rows = parse_table(&t).unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], MonthRow { year: 2023, month: 1, counts: [Some(38), Some(25), Some(23)] });
        assert_eq!(rows[2].counts, [Some(22), Some(13), Some(5)]);
    }

    #[test]
    fn every_problem_is_named_by_row_and_column() {
        let t = table(&[
            &["month", "no_investigation", "investigation", "ongoing"],
            &["2023-13", "1", "x", "-2"],
            &["2023-01", "1", "2", "3"],
            &["2023-01", "1", "2", "3"],
        ]);
        let p = parse_table(&t).unwrap_err();
        let got: Vec<_> = p.iter().map(|p| (p.row, p.column.as_str(), p.message_id)).collect();
        assert_eq!(
            got,
            [
                (2, "month", "error-concern-month"),
                (2, "investigation", "error-concern-count"),
                (2, "ongoing", "error-concern-count"),
                (4, "month", "error-concern-month-twice"),
            ]
        );
        let missing = parse_table(&table(&[&["month", "investigation"]])).unwrap_err();
        assert_eq!(missing.len(), 2, "two outcome columns missing");
        assert_eq!(parse_count(""), Ok(None));
        assert!(parse_month("2023-01-garbage").is_err());
        let mut big =
            vec![vec!["month".to_owned(), "no_investigation".into(), "investigation".into(), "ongoing".into()]];
        big.extend((0..MAX_ROWS + 1).map(|_| vec!["2023-01".to_owned(), "1".into(), "1".into(), "1".into()]));
        assert_eq!(parse_table(&big).unwrap_err()[0].message_id, "error-concern-too-many");
        assert_eq!(parse_count("1 200"), Ok(Some(1200)));
    }
}
