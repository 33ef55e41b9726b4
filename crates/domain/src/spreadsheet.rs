//! Text cells of the CSV files Lotsen writes, made safe to open in a spreadsheet program.
//!
//! Excel, LibreOffice and Google Sheets read a cell that starts with `=`, `+`, `-` or `@` (and,
//! in some versions, a tab or carriage return) as a formula, so a list label or a directory
//! entry written as `=HYPERLINK(…)` would run when an analyst opens the export. Such a cell is
//! written with a leading apostrophe, which the programs show as text. A cell that already starts
//! with an apostrophe gets one more, so [`restore`] gives back exactly what [`neutralise`] was
//! given, and a file Lotsen wrote reads back unchanged. Numbers are written as numbers and never
//! pass through here.
use std::borrow::Cow;

/// The characters that make a spreadsheet program read a cell as a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The text as a CSV cell that no spreadsheet program runs.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some(c) if TRIGGERS.contains(&c) || c == '\'' => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// A cell of a file written with [`neutralise`], as it was before.
pub fn restore(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text() {
        for f in ["=1+1", "+46 8 123 45", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"] {
            let n = neutralise(f);
            assert!(n.starts_with('\''), "{f:?} -> {n:?}");
            assert_eq!(restore(&n), f);
        }
    }

    #[test]
    fn ordinary_text_is_left_alone_and_everything_reads_back() {
        for t in ["Ekonomiskt bistånd", "", "13–18 år", "<5", "'t Hooft", "''", "1 500 kr"] {
            assert_eq!(restore(&neutralise(t)), t, "{t:?}");
        }
        assert_eq!(neutralise("Ekonomiskt bistånd"), "Ekonomiskt bistånd");
        assert_eq!(neutralise("'t Hooft"), "''t Hooft");
    }
}
