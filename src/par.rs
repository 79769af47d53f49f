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

/// `f` on each of `items` in place: on all cores when `parallel` is set
/// and the `rayon` feature is on, else on this thread, in order. `f` must
/// not depend on the order (the items are independent).
pub(crate) fn for_each_mut<T, F>(items: &mut [T], parallel: bool, f: F)
where
    T: Send,
    F: Fn(&mut T) + Sync + Send,
{
    #[cfg(feature = "rayon")]
    if parallel {
        use rayon::prelude::*;
        items.par_iter_mut().for_each(f);
        return;
    }
    let _ = parallel;
    items.iter_mut().for_each(f);
}

/// `a` and `b`, at the same time on two cores when `parallel` is set and
/// the `rayon` feature is on (either may itself run on all cores), else
/// one after the other on this thread.
pub(crate) fn join<A, B, RA, RB>(parallel: bool, a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB + Send,
    RA: Send,
    RB: Send,
{
    #[cfg(feature = "rayon")]
    if parallel {
        return rayon::join(a, b);
    }
    let _ = parallel;
    (a(), b())
}
