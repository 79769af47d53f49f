//! The point graph of a timeline: event endpoints and day boundaries, with
//! checked insertion of relations and bounds, and the queries built on it.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::relation::{
    Endpoint, Path, PointGraph, PointRel, TemporalRelation, relation_from_points,
};
use super::{Basis, Placement, Timeline};

/// Day number of a date (days since the common era).
pub(crate) fn day_key(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

/// The date of a day number.
pub(crate) fn day_date(k: i64) -> Option<NaiveDate> {
    i32::try_from(k)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// Why an edge is in the graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reason {
    /// Day boundaries in calendar order.
    Calendar,
    /// An event starts before it ends.
    Intrinsic,
    /// An event's date (event index).
    Date(usize),
    /// A bound on an event (index into the caller's bound list).
    Bound(usize),
    /// A relation (index into the caller's relation list).
    Relation(usize),
}

/// A bound on an event: it starts on or after `earliest` / ends on or
/// before `latest` (inclusive days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BoundKind {
    Earliest(i64),
    Latest(i64),
}

#[derive(Debug, Clone)]
pub(crate) struct Reasoner {
    g: PointGraph,
    /// (start, end) point of each event.
    ends: Vec<(usize, usize)>,
    /// The day boundaries, sorted and distinct: `T(d)`, the start of day
    /// `d`, is the point at `d`'s index (time points come first).
    times: Vec<i64>,
    pub(crate) reasons: Vec<Reason>,
}

impl Reasoner {
    /// A graph for `n` events, the dated ones with their inclusive day
    /// spans, with time points for every day boundary in `days` (and those
    /// of the dated spans).
    pub(crate) fn new(dated: &[Option<(i64, i64)>], days: impl IntoIterator<Item = i64>) -> Self {
        let mut r = Reasoner {
            g: PointGraph::default(),
            ends: Vec::with_capacity(dated.len()),
            times: Vec::new(),
            reasons: vec![Reason::Calendar, Reason::Intrinsic],
        };
        let mut all: Vec<i64> = days.into_iter().collect();
        for (s, e) in dated.iter().flatten() {
            all.push(*s);
            all.push(e + 1);
        }
        all.sort_unstable();
        all.dedup();
        let mut prev = None;
        for _ in &all {
            let p = r.g.add_point();
            if let Some(q) = prev {
                r.g.add(q, PointRel::Lt, p, 0);
            }
            prev = Some(p);
        }
        r.times = all;
        // Then each event's start and end, in event order (see
        // `event_of`).
        for (i, span) in dated.iter().enumerate() {
            let s = r.g.add_point();
            let e = r.g.add_point();
            r.g.add(s, PointRel::Lt, e, 1);
            r.ends.push((s, e));
            if let Some((a, b)) = span
                && let (Some(ta), Some(tb)) = (r.time(*a), r.time(b + 1))
            {
                let reason = r.push(Reason::Date(i));
                r.g.add(ta, PointRel::Le, s, reason);
                r.g.add(e, PointRel::Le, tb, reason);
            }
        }
        r
    }

    /// The point of day boundary `d`, when it has one.
    fn time(&self, d: i64) -> Option<usize> {
        self.times.binary_search(&d).ok()
    }

    /// The event of an event point: (event, is_end).
    fn event_of(&self, p: usize) -> Option<(usize, bool)> {
        let k = p.checked_sub(self.times.len())?;
        (k < 2 * self.ends.len()).then_some((k / 2, k % 2 == 1))
    }

    fn push(&mut self, reason: Reason) -> u32 {
        self.reasons.push(reason);
        (self.reasons.len() - 1) as u32
    }

    fn point(&self, event: usize, end: Endpoint) -> usize {
        match end {
            Endpoint::Start => self.ends[event].0,
            Endpoint::End => self.ends[event].1,
        }
    }

    /// Adds a bound, checked; on contradiction nothing is added and the
    /// reasons of the contradicting path are returned. A bound whose day
    /// has no time point is ignored.
    pub(crate) fn add_bound(
        &mut self,
        event: usize,
        bound: BoundKind,
        reason: Reason,
    ) -> Result<(), Vec<Reason>> {
        let c = match bound {
            BoundKind::Earliest(d) => match self.time(d) {
                Some(t) => (t, PointRel::Le, self.ends[event].0),
                None => return Ok(()),
            },
            BoundKind::Latest(d) => match self.time(d + 1) {
                Some(t) => (self.ends[event].1, PointRel::Le, t),
                None => return Ok(()),
            },
        };
        let id = self.push(reason);
        self.g.try_add_all(&[c], id).map_err(|p| self.explain(&p))
    }

    /// Adds a bound already known to be consistent (an event in no
    /// relation, whose bounds were checked against each other).
    pub(crate) fn add_bound_unchecked(&mut self, event: usize, bound: BoundKind, reason: Reason) {
        let id = self.push(reason);
        match bound {
            BoundKind::Earliest(d) => {
                if let Some(t) = self.time(d) {
                    self.g.add(t, PointRel::Le, self.ends[event].0, id);
                }
            }
            BoundKind::Latest(d) => {
                if let Some(t) = self.time(d + 1) {
                    self.g.add(self.ends[event].1, PointRel::Le, t, id);
                }
            }
        }
    }

    /// The earliest day each event can start and the latest it can end, as
    /// the closure bounds them by day boundaries; one linear pass.
    pub(crate) fn all_bounds(&self) -> Vec<(Option<i64>, Option<i64>)> {
        let mut init = vec![None; self.ends.len() * 2 + self.times.len()];
        for (slot, &d) in init.iter_mut().zip(&self.times) {
            *slot = Some(d);
        }
        let (up, down) = self.g.propagate(&init);
        self.ends
            .iter()
            .map(|&(s, e)| (up[s], down[e].map(|d| d - 1)))
            .collect()
    }

    /// Adds `a rel b`, checked (see [`Reasoner::add_bound`]).
    pub(crate) fn add_relation(
        &mut self,
        a: usize,
        rel: TemporalRelation,
        b: usize,
        reason: Reason,
    ) -> Result<(), Vec<Reason>> {
        let cs: Vec<_> = rel
            .constraints()
            .into_iter()
            .map(|c| (self.point(a, c.a), c.rel, self.point(b, c.b)))
            .collect();
        let id = self.push(reason);
        self.g.try_add_all(&cs, id).map_err(|p| self.explain(&p))
    }

    fn explain(&self, path: &Path) -> Vec<Reason> {
        let mut out: Vec<Reason> = Vec::new();
        for &r in &path.reasons {
            if let Some(reason) = self.reasons.get(r as usize)
                && !matches!(reason, Reason::Calendar | Reason::Intrinsic)
                && !out.contains(reason)
            {
                out.push(reason.clone());
            }
        }
        out
    }

    /// Events that end no later than event `i` starts, sorted.
    pub(crate) fn before(&self, i: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .g
            .predecessors(self.ends[i].0)
            .into_iter()
            .filter_map(|(p, _)| match self.event_of(p) {
                Some((j, true)) if j != i => Some(j),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Events that start no earlier than event `i` ends, sorted.
    pub(crate) fn after(&self, i: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .g
            .successors(self.ends[i].1)
            .into_iter()
            .filter_map(|(p, _)| match self.event_of(p) {
                Some((j, false)) if j != i => Some(j),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The entailed relation of event `a` to event `b`.
    pub(crate) fn relation(&self, a: usize, b: usize) -> Option<TemporalRelation> {
        if a == b {
            return Some(TemporalRelation::Simultaneous);
        }
        let (sa, ea) = self.ends[a];
        let (sb, eb) = self.ends[b];
        relation_from_points(
            self.g.relation(sa, sb),
            self.g.relation(sa, eb),
            self.g.relation(ea, sb),
            self.g.relation(ea, eb),
        )
    }

    /// Rebuilds the graph of a finished timeline from its own data: dated
    /// events' days, relative events' bounds, and the stored relations
    /// other than the date comparisons (those are implied by the dates).
    pub(crate) fn from_timeline(t: &Timeline) -> Reasoner {
        let dated: Vec<Option<(i64, i64)>> = t
            .events
            .iter()
            .map(|e| match (e.when.placement, e.when.start, e.when.end) {
                (Placement::Dated, Some(s), Some(x)) if s <= x => Some((day_key(s), day_key(x))),
                _ => None,
            })
            .collect();
        let mut days = Vec::new();
        for e in &t.events {
            if e.when.placement != Placement::Dated {
                if let Some(d) = e.when.earliest {
                    days.push(day_key(d));
                }
                if let Some(d) = e.when.latest {
                    days.push(day_key(d) + 1);
                }
            }
        }
        let mut r = Reasoner::new(&dated, days);
        let ids: BTreeMap<&str, usize> = t
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        for (i, e) in t.events.iter().enumerate() {
            if e.when.placement == Placement::Dated {
                continue;
            }
            if let Some(d) = e.when.earliest {
                let _ = r.add_bound(i, BoundKind::Earliest(day_key(d)), Reason::Bound(0));
            }
            if let Some(d) = e.when.latest {
                let _ = r.add_bound(i, BoundKind::Latest(day_key(d)), Reason::Bound(0));
            }
        }
        for (k, rel) in t.relations.iter().enumerate() {
            if rel.basis == Basis::Date {
                continue;
            }
            if let (Some(&a), Some(&b)) = (ids.get(rel.from.as_str()), ids.get(rel.to.as_str())) {
                let _ = r.add_relation(a, rel.relation, b, Reason::Relation(k));
            }
        }
        r
    }
}
