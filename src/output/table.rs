//! Table helpers: one look for every table pgw prints.

use comfy_table::{ContentArrangement, Table, presets};

/// A table with the given header row.
pub fn new(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().copied());
    table
}

/// A two-column field/value table without a header.
pub fn key_values<'a>(rows: impl IntoIterator<Item = (&'a str, String)>) -> Table {
    let mut table = Table::new();
    table.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    for (key, value) in rows {
        table.add_row(vec![key.to_string(), value]);
    }
    table
}

/// Renders with a trailing newline. Cells are text from anywhere (a dispatcher's service URL,
/// a file's name): control characters are escaped and URL credentials hidden.
pub fn render(table: &Table) -> String {
    let text = format!("{table}\n");
    let text = crate::redact::url(&text);
    super::sanitize::terminal(&text).into_owned()
}
