//! Chronological order for display.
//!
//! Each event has a sort key: its date (start, then end) when dated; the
//! earliest (else latest) day the closure allows when placed relatively;
//! none when undated (those go last). Relations that put one event first
//! (`BEFORE`, `IBEFORE`, `INCLUDES`, `BEGINS`, `ENDED_BY`, `OVERLAPS` and
//! their inverses) are edges; the order is the topological order of those
//! edges that always takes the ready event with the smallest key (Kahn's
//! algorithm with a priority queue), so an event with only relative
//! placement comes right where its relations put it. `O((n + r) log n)`.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A sort key: (undated?, day, end day, tie-break rank).
pub(crate) type Key = (bool, i64, i64, usize);

/// The key of an event: `day`/`end` for dated events, a bound for relative
/// ones (end = day), nothing for undated ones. `rank` breaks ties
/// (canonical order of the event's first mention).
pub(crate) fn key(day: Option<i64>, end: Option<i64>, rank: usize) -> Key {
    match day {
        Some(d) => (false, d, end.unwrap_or(d), rank),
        None => (true, 0, 0, rank),
    }
}

/// The display order: a permutation of `0..keys.len()`. `edges` are
/// `(a, b)`: `a` is shown before `b`. Should the edges contain a cycle
/// (they do not after the consistency check), the smallest key among the
/// remaining events breaks it.
pub(crate) fn display_order(keys: &[Key], edges: &[(usize, usize)]) -> Vec<usize> {
    let n = keys.len();
    let mut indegree = vec![0usize; n];
    let mut out_edges: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in edges {
        if a < n && b < n && a != b {
            out_edges[a].push(b);
            indegree[b] += 1;
        }
    }
    let mut heap: BinaryHeap<Reverse<(Key, usize)>> = (0..n)
        .filter(|&i| indegree[i] == 0)
        .map(|i| Reverse((keys[i], i)))
        .collect();
    let mut done = vec![false; n];
    let mut order = Vec::with_capacity(n);
    while order.len() < n {
        let next = match heap.pop() {
            Some(Reverse((_, i))) if !done[i] => i,
            Some(_) => continue,
            None => {
                // A cycle: take the smallest remaining key.
                match (0..n).filter(|&i| !done[i]).min_by_key(|&i| (keys[i], i)) {
                    Some(i) => i,
                    None => break,
                }
            }
        };
        done[next] = true;
        order.push(next);
        for &b in &out_edges[next] {
            if !done[b] {
                indegree[b] = indegree[b].saturating_sub(1);
                if indegree[b] == 0 {
                    heap.push(Reverse((keys[b], b)));
                }
            }
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_then_relations() {
        // 0: Jan 13, 1: Jan 6, 2: undated but after 0, 3: undated, nothing.
        let keys = [
            key(Some(13), Some(13), 0),
            key(Some(6), Some(6), 1),
            key(Some(13), None, 2),
            key(None, None, 3),
        ];
        assert_eq!(display_order(&keys, &[(0, 2)]), vec![1, 0, 2, 3]);
        // A relation can move a dated event after a relative one.
        assert_eq!(display_order(&keys, &[(2, 0)]), vec![1, 2, 0, 3]);
    }

    #[test]
    fn cycles_do_not_hang() {
        let keys = [key(Some(1), None, 0), key(Some(2), None, 1)];
        let order = display_order(&keys, &[(0, 1), (1, 0)]);
        assert_eq!(order.len(), 2);
    }
}
