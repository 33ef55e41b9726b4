//! Server-drawn SVG bar charts for the report. Each chart stands beside a table holding the same
//! figures, names itself for assistive technology, prints in black on white, and never draws a
//! hidden count (its bar is left out and its value printed as the table prints it).

/// Escapes text for SVG (XML) content and attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One bar: its label, its value (`None` when hidden) and the text printed for it.
pub struct Bar {
    pub label: String,
    pub value: Option<i64>,
    pub text: String,
}

const WIDTH: i64 = 640;

/// Colours and type for an SVG standing on its own (in the PDF), where no style sheet reaches it.
const STYLE: &str = "<style>.chart-label{font-family:'Noto Sans','Noto Naskh Arabic',sans-serif;font-size:13px;fill:#1b1b1b}\
.chart-value{font-family:'Noto Sans','Noto Naskh Arabic',sans-serif;font-size:12px;font-weight:600;fill:#1b1b1b}\
.chart-bar{fill:#1a5c8e}.chart-series-1{fill:#b75b00}.chart-series-2{fill:#6f777b}</style>";

fn open(id: &str, title: &str, height: i64, standalone: bool) -> String {
    open_sized(id, title, WIDTH, height, standalone)
}

fn open_sized(id: &str, title: &str, width: i64, height: i64, standalone: bool) -> String {
    // The coordinates run left to right in every language (the charts mirror themselves for a
    // right-to-left page); `direction="ltr"` keeps the page's direction from moving the labels'
    // anchors off the drawing.
    format!(
        "<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-t\" direction=\"ltr\" \
         xmlns=\"http://www.w3.org/2000/svg\" preserveAspectRatio=\"xMinYMin meet\"><title id=\"{id}-t\">{}</title>{}",
        esc(title),
        if standalone { STYLE } else { "" }
    )
}
const ROW: i64 = 34;

/// Horizontal bars, the label above each bar, the value after it. `title` is the accessible name;
/// `rtl` mirrors the drawing for right-to-left languages.
pub fn bars(id: &str, title: &str, bars: &[Bar], rtl: bool, standalone: bool) -> String {
    let max = bars.iter().filter_map(|b| b.value).max().unwrap_or(0).max(1);
    let height = ROW * bars.len() as i64 + 4;
    let span = WIDTH - 80;
    let mut svg = open(id, title, height, standalone);
    for (i, b) in bars.iter().enumerate() {
        let y = i as i64 * ROW;
        let len = b.value.map_or(0, |v| (v.max(0) * span + max / 2) / max);
        let (bar_x, label_x, anchor, value_x, value_anchor) =
            if rtl { (WIDTH - len, WIDTH, "end", WIDTH - len - 6, "end") } else { (0, 0, "start", len + 6, "start") };
        svg.push_str(&format!(
            "<text x=\"{label_x}\" y=\"{}\" text-anchor=\"{anchor}\" class=\"chart-label\">{}</text>",
            y + 12,
            esc(&b.label)
        ));
        if len > 0 {
            svg.push_str(&format!(
                "<rect x=\"{bar_x}\" y=\"{}\" width=\"{len}\" height=\"14\" class=\"chart-bar\"/>",
                y + 16
            ));
        }
        svg.push_str(&format!(
            "<text x=\"{value_x}\" y=\"{}\" text-anchor=\"{value_anchor}\" class=\"chart-value\">{}</text>",
            y + 28,
            esc(&b.text)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// Columns for months (concern reports): one stacked column per month with the three outcomes.
pub fn stacked_columns(
    id: &str,
    title: &str,
    columns: &[(String, [Option<i64>; 3])],
    legend: &[String; 3],
    standalone: bool,
) -> String {
    let max = columns.iter().map(|(_, v)| v.iter().flatten().sum::<i64>()).max().unwrap_or(0).max(1);
    let plot = 180;
    let col_w = (WIDTH - 20) / (columns.len().max(1) as i64);
    let height = plot + 70;
    let mut svg = open(id, title, height, standalone);
    for (i, (label, values)) in columns.iter().enumerate() {
        let x = 10 + i as i64 * col_w;
        let mut top = plot;
        for (k, v) in values.iter().enumerate() {
            let Some(v) = v else { continue };
            let h = (v * plot + max / 2) / max;
            top -= h;
            svg.push_str(&format!(
                "<rect x=\"{}\" y=\"{top}\" width=\"{}\" height=\"{h}\" class=\"chart-bar chart-series-{k}\"/>",
                x + 4,
                (col_w - 8).max(2)
            ));
        }
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" class=\"chart-label\">{}</text>",
            x + col_w / 2,
            plot + 16,
            esc(label)
        ));
    }
    for (k, name) in legend.iter().enumerate() {
        let y = plot + 30;
        let x = 10 + k as i64 * 210;
        svg.push_str(&format!(
            "<rect x=\"{x}\" y=\"{}\" width=\"12\" height=\"12\" class=\"chart-bar chart-series-{k}\"/>\
             <text x=\"{}\" y=\"{}\" class=\"chart-label\">{}</text>",
            y + 4,
            x + 16,
            y + 14,
            esc(name)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// One area of a family's mapping: where it was first, where it is now, and where the family
/// wants it, on the 1–5 scale.
pub struct Dumbbell {
    pub label: String,
    pub first: u8,
    pub latest: u8,
    pub desired: u8,
}

/// A family's progress per area: on a 1–5 scale, a grey dot for the first mapping, a dot in the
/// unit's colour for the latest joined to it, and a diamond for the desired state.
pub fn progress(id: &str, title: &str, rows: &[Dumbbell], rtl: bool) -> String {
    const ROW_H: i64 = 44;
    // Narrower than the report's charts: the labels stay legible on a phone.
    const WIDTH: i64 = 400;
    let height = ROW_H * rows.len() as i64 + 4;
    let (x0, span) = (24_i64, WIDTH - 48);
    let x = |v: u8| {
        let at = x0 + (i64::from(v.clamp(1, 5)) - 1) * span / 4;
        if rtl { WIDTH - at } else { at }
    };
    let mut svg = open_sized(id, title, WIDTH, height, false);
    for (i, r) in rows.iter().enumerate() {
        let y = i as i64 * ROW_H;
        let (label_x, anchor) = if rtl { (WIDTH, "end") } else { (0, "start") };
        svg.push_str(&format!(
            "<text x=\"{label_x}\" y=\"{}\" text-anchor=\"{anchor}\" class=\"chart-label\">{}</text>",
            y + 13,
            esc(&r.label)
        ));
        let line_y = y + 30;
        svg.push_str(&format!(
            "<line x1=\"{}\" y1=\"{line_y}\" x2=\"{}\" y2=\"{line_y}\" stroke=\"#6f777b\" stroke-width=\"1\"/>",
            x(1),
            x(5)
        ));
        for v in 1..=5 {
            svg.push_str(&format!("<circle cx=\"{}\" cy=\"{line_y}\" r=\"2\" fill=\"#6f777b\"/>", x(v)));
        }
        svg.push_str(&format!(
            "<line x1=\"{}\" y1=\"{line_y}\" x2=\"{}\" y2=\"{line_y}\" stroke-width=\"4\" class=\"chart-stroke\"/>",
            x(r.first),
            x(r.latest)
        ));
        let (dx, dy) = (x(r.desired), line_y);
        svg.push_str(&format!(
            "<path d=\"M{dx} {} L{} {dy} L{dx} {} L{} {dy} Z\" class=\"chart-series-1\"/>",
            dy - 8,
            dx + 8,
            dy + 8,
            dx - 8
        ));
        svg.push_str(&format!("<circle cx=\"{}\" cy=\"{line_y}\" r=\"6\" class=\"chart-series-2\"/>", x(r.first)));
        svg.push_str(&format!("<circle cx=\"{}\" cy=\"{line_y}\" r=\"7\" class=\"chart-bar\"/>", x(r.latest)));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hidden_value_draws_no_bar_and_text_is_escaped() {
        let svg = bars(
            "c",
            "Kanaler <test>",
            &[
                Bar { label: "Telefon".into(), value: Some(10), text: "10".into() },
                Bar { label: "Sms & chat".into(), value: None, text: "<5".into() },
            ],
            false,
            false,
        );
        assert_eq!(svg.matches("<rect").count(), 1);
        assert!(svg.contains("Sms &amp; chat"));
        assert!(svg.contains("&lt;5"));
        assert!(svg.contains("<title id=\"c-t\">Kanaler &lt;test&gt;</title>"));
    }
}
