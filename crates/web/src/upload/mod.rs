//! Uploaded files: the multipart form that carries one, and reading a table (CSV or XLSX) from it
//! within bounds, off the async threads.
use std::collections::HashMap;

mod read;
pub use read::{check_unpacked, read_table};

/// Uploaded files are parsed off the async threads, at most as many at once as there are CPUs:
/// a large file takes a core for a while, and the rest of the service keeps answering meanwhile.
pub async fn parse_off_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
    static PARSERS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    let permits = PARSERS.get_or_init(|| {
        tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get))
    });
    let _permit = permits.acquire().await?;
    Ok(tokio::task::spawn_blocking(f).await?)
}

/// Reads an uploaded table off the async threads (see [`read_table`]).
pub async fn read_upload(file_name: String, bytes: Vec<u8>) -> anyhow::Result<Result<Vec<Vec<String>>, &'static str>> {
    parse_off_thread(move || read_table(&bytes, &file_name)).await
}

/// A form with one uploaded file, as the import forms send it (multipart).
#[derive(Debug, Default)]
pub struct Upload {
    /// The file's name and bytes; `None` when none was chosen or it was empty.
    pub file: Option<(String, Vec<u8>)>,
    /// The file was larger than uploads may be.
    pub too_big: bool,
    /// "Dry run" was ticked.
    pub dry_run: bool,
    /// The other fields, by name.
    pub fields: HashMap<String, String>,
}

impl Upload {
    /// Reads the form; the file is the field named `file`.
    pub async fn read(mut multipart: axum::extract::Multipart) -> Self {
        let mut u = Upload::default();
        while let Ok(Some(field)) = multipart.next_field().await {
            let name = field.name().unwrap_or_default().to_owned();
            match name.as_str() {
                "file" => {
                    let file_name = field.file_name().unwrap_or("import").to_owned();
                    match field.bytes().await {
                        Ok(b) if !b.is_empty() => u.file = Some((file_name, b.to_vec())),
                        Ok(_) => {}
                        Err(_) => u.too_big = true,
                    }
                }
                "dry_run" => u.dry_run = true,
                _ => {
                    let value = field.text().await.unwrap_or_default();
                    u.fields.insert(name, value);
                }
            }
        }
        u
    }

    /// A text field, empty when absent.
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }

    /// The file, or the message of why there is none (too large, or not chosen).
    pub fn take_file(&mut self) -> Result<(String, Vec<u8>), &'static str> {
        match (self.file.take(), self.too_big) {
            (_, true) => Err("error-import-size"),
            (None, false) => Err("error-required"),
            (Some(f), false) => Ok(f),
        }
    }
}
