//! Progress on standard error for the example binaries, and the `--stats`
//! summary. Hand-written: a bar redrawn at most ten times a second, only
//! when standard error is a terminal (silent when it is a file or a pipe).
#![allow(dead_code, clippy::print_stderr)]

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Whether progress is drawn: standard error is a terminal.
pub fn enabled() -> bool {
    std::io::stderr().is_terminal()
}

/// A progress bar over `total` steps.
pub struct Bar {
    on: bool,
    label: String,
    total: usize,
    done: usize,
    start: Instant,
    drawn: Option<Instant>,
}

impl Bar {
    /// A bar labelled `label` over `total` steps (drawn only on a terminal).
    pub fn new(label: &str, total: usize) -> Bar {
        Bar {
            on: enabled(),
            label: label.to_string(),
            total,
            done: 0,
            start: Instant::now(),
            drawn: None,
        }
    }

    /// `n` more steps done.
    pub fn inc(&mut self, n: usize) {
        self.done = self.done.saturating_add(n).min(self.total);
        if !self.on {
            return;
        }
        let now = Instant::now();
        if self
            .drawn
            .is_some_and(|t| now.duration_since(t) < Duration::from_millis(100))
            && self.done < self.total
        {
            return;
        }
        self.drawn = Some(now);
        const WIDTH: usize = 30;
        let filled = (self.done * WIDTH).checked_div(self.total).unwrap_or(WIDTH);
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[2K{} [{}{}] {}/{} {:.1}s",
            self.label,
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            self.done,
            self.total,
            self.start.elapsed().as_secs_f64()
        );
        let _ = err.flush();
    }

    /// Clears the bar's line.
    pub fn finish(&mut self) {
        if self.on && self.drawn.is_some() {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
        }
        self.drawn = None;
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.finish();
    }
}

/// Runs `f`, showing `label` and the time elapsed on standard error while
/// it runs (for a stage that reports no steps of its own); on a terminal
/// only.
pub fn stage<T: Send>(label: &str, f: impl FnOnce() -> T + Send) -> T {
    if !enabled() {
        return f();
    }
    let done = AtomicBool::new(false);
    let start = Instant::now();
    std::thread::scope(|s| {
        s.spawn(|| {
            while !done.load(Ordering::Relaxed) {
                let mut err = std::io::stderr().lock();
                let _ = write!(
                    err,
                    "\r\x1b[2K{label} {:.1}s",
                    start.elapsed().as_secs_f64()
                );
                let _ = err.flush();
                drop(err);
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
        });
        let out = f();
        done.store(true, Ordering::Relaxed);
        out
    })
}

/// The peak resident memory (Linux: `VmHWM` from `/proc/self/status`), or
/// `unavailable`.
pub fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().strip_suffix("kB"))
                .and_then(|kb| kb.trim().parse::<u64>().ok())
        })
        .map(|kb| format!("{:.1} MiB", kb as f64 / 1024.0))
        .unwrap_or_else(|| "unavailable".to_string())
}

/// Prints the `--stats` summary to standard error: one `name: value` line
/// each, then the wall time and peak memory.
pub fn print_stats(rows: &[(&str, String)], start: Instant) {
    let mut err = std::io::stderr().lock();
    for (name, value) in rows {
        let _ = writeln!(err, "{name}: {value}");
    }
    let _ = writeln!(err, "wall time: {:.3} s", start.elapsed().as_secs_f64());
    let _ = writeln!(err, "peak memory: {}", peak_memory());
}
