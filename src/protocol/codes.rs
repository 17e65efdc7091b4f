//! placeholder (temporary stub by lead so the crate builds; helper replaces this file)
pub const CODESPACE: &str = "pocketcore";
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorInfo { pub code: u32, pub message: &'static str }
pub static CATALOGUE: &[ErrorInfo] = &[];
pub fn lookup(code: u32) -> Option<&'static ErrorInfo> { CATALOGUE.iter().find(|e| e.code == code) }
