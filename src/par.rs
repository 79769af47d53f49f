//! Running a function over a slice, in order: on all cores with the `rayon`
//! feature, on the calling thread without it (or when asked to).

/// `f` over `items`, results in `items`' order: on all cores when
/// `parallel` is set and the `rayon` feature is on, else on this thread.
/// The results are the same either way; only the time differs.
pub(crate) fn map<T, U, F>(items: &[T], parallel: bool, f: F) -> Vec<U>
where
    T: Sync,
    U: Send,
    F: Fn(&T) -> U + Sync + Send,
{
    #[cfg(feature = "rayon")]
    if parallel {
        use rayon::prelude::*;
        return items.par_iter().map(f).collect();
    }
    let _ = parallel;
    items.iter().map(f).collect()
}
