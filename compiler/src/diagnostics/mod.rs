//! One diagnostic type and one renderer, in rustc's style:
//!
//! ```text
//! prog.py:3:5: error: class definitions are not supported yet
//!   |
//! 3 | class A:
//!   | ^
//! ```
//!
//! Stages return diagnostics instead of stopping; only the driver decides
//! not to generate code when there are errors.

use crate::syntax::ast::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { span, message: message.into() }
    }

    /// The most common diagnostic: a construct outside the supported subset.
    pub fn unsupported(span: Span, what: impl std::fmt::Display) -> Diagnostic {
        Diagnostic::error(span, format!("{what} is not supported yet"))
    }

    /// Renders the diagnostic with the offending source line and a caret.
    /// The span's line is in the program's numbering; the file's lines
    /// start after `first_line` (see `syntax/source.rs`).
    pub fn render(&self, file: &str, source: &str, first_line: u32) -> String {
        let line = self.span.line.saturating_sub(first_line);
        let line_text = source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("");
        let num = line.to_string();
        let pad = " ".repeat(num.len());
        let caret_pad: String = line_text
            .chars()
            .take(self.span.col.saturating_sub(1) as usize)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        format!(
            "{file}:{line}:{}: error: {}\n{pad} |\n{num} | {line_text}\n{pad} | {caret_pad}^\n",
            self.span.col, self.message
        )
    }
}
