//! Temporal relations (the TimeML TLINK set), the point algebra they are
//! reasoned with, and the incremental closure and consistency check.
//!
//! # Relations
//!
//! [`TemporalRelation`] is the TimeML 1.2.1 TLINK `relType` set with
//! Allen's overlap relations added as in ISO-TimeML; it serializes with the
//! TimeML spelling (`BEFORE`, `IS_INCLUDED`, `OVERLAPPED_BY`), so the JSON
//! export and the TimeML export say the same thing. [`From<IntervalRelation>`]
//! maps Allen's thirteen relations (how two dates compare at their
//! granularity) onto it.
//!
//! # Reasoning
//!
//! Every event is an interval with a start point `s` and an end point `e`,
//! `s < e`. Every relation is a set of constraints between points of the
//! point algebra restricted to `<`, `≤` and `=` (the "convex" point algebra,
//! for which path consistency decides consistency): `a BEFORE b` is
//! `e(a) < s(b)`, `a BEGINS b` is `s(a) = s(b), e(a) ≤ e(b)`, and so on (see
//! [`TemporalRelation::constraints`]). Dates enter as *time points*, one per
//! day boundary used, chained in calendar order: an event dated to
//! `2022-01-13` lies within that day, `T(13 Jan) ≤ s < e ≤ T(14 Jan)`.
//!
//! The point graph has an edge `p → q` for each `p ≤ q` (flagged strict for
//! `p < q`). A set of constraints is consistent iff no cycle contains a
//! strict edge; `p < q` is entailed iff some path from `p` to `q` has a
//! strict edge, `p ≤ q` iff some path exists. So closure is never
//! materialised: an entailment is one breadth-first search over the
//! sparse point graph, `O(V + E)`, and adding a constraint checks first
//! that the opposite is not already entailed (one search) — a contradicting
//! relation is reported with the path that contradicts it and is never
//! stored, so the graph stays consistent. With `n` events, `k` time points
//! and `r` relations to check, building costs `O(r · (n + k + r))`, not the
//! `O(n³)` of path consistency over all events: dated events need no
//! checking among themselves (their time points are ordered by the
//! calendar), only the relations from signals, aspect and time bounds do.

use std::collections::VecDeque;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::value::IntervalRelation;
use crate::{Error, Result};

/// A temporal relation between two events (or an event and a time), read
/// "`from` *relation* `to`".
///
/// Serialized with the TimeML TLINK spelling:
///
/// | variant | spelling | meaning (a to b) |
/// |---|---|---|
/// | `Before` | `BEFORE` | a ends before b starts |
/// | `After` | `AFTER` | a starts after b ends |
/// | `IBefore` | `IBEFORE` | a ends exactly where b starts (Allen *meets*) |
/// | `IAfter` | `IAFTER` | a starts exactly where b ends (*met by*) |
/// | `Includes` | `INCLUDES` | b lies within a |
/// | `IsIncluded` | `IS_INCLUDED` | a lies within b |
/// | `Simultaneous` | `SIMULTANEOUS` | same start and end |
/// | `Begins` | `BEGINS` | same start, a ends first |
/// | `BegunBy` | `BEGUN_BY` | same start, b ends first |
/// | `Ends` | `ENDS` | same end, a starts later |
/// | `EndedBy` | `ENDED_BY` | same end, b starts later |
/// | `Overlaps` | `OVERLAPS` | a starts first and ends inside b |
/// | `OverlappedBy` | `OVERLAPPED_BY` | b starts first and ends inside a |
///
/// ```
/// use dateline::timeline::TemporalRelation;
/// use dateline::value::IntervalRelation;
///
/// assert_eq!(TemporalRelation::from(IntervalRelation::During), TemporalRelation::IsIncluded);
/// assert_eq!(TemporalRelation::Before.inverse(), TemporalRelation::After);
/// assert_eq!(serde_json::to_string(&TemporalRelation::IsIncluded)?, "\"IS_INCLUDED\"");
/// assert_eq!("IBEFORE".parse::<TemporalRelation>()?, TemporalRelation::IBefore);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TemporalRelation {
    /// `BEFORE`
    Before,
    /// `AFTER`
    After,
    /// `IBEFORE` (immediately before; Allen's *meets*).
    #[serde(rename = "IBEFORE")]
    IBefore,
    /// `IAFTER` (immediately after; Allen's *met by*).
    #[serde(rename = "IAFTER")]
    IAfter,
    /// `INCLUDES`
    Includes,
    /// `IS_INCLUDED`
    IsIncluded,
    /// `SIMULTANEOUS`
    Simultaneous,
    /// `BEGINS`
    Begins,
    /// `BEGUN_BY`
    BegunBy,
    /// `ENDS`
    Ends,
    /// `ENDED_BY`
    EndedBy,
    /// `OVERLAPS`
    Overlaps,
    /// `OVERLAPPED_BY`
    OverlappedBy,
}

impl TemporalRelation {
    /// Every relation, in declaration order.
    pub const ALL: [TemporalRelation; 13] = [
        TemporalRelation::Before,
        TemporalRelation::After,
        TemporalRelation::IBefore,
        TemporalRelation::IAfter,
        TemporalRelation::Includes,
        TemporalRelation::IsIncluded,
        TemporalRelation::Simultaneous,
        TemporalRelation::Begins,
        TemporalRelation::BegunBy,
        TemporalRelation::Ends,
        TemporalRelation::EndedBy,
        TemporalRelation::Overlaps,
        TemporalRelation::OverlappedBy,
    ];

    /// The TimeML spelling (`IS_INCLUDED`).
    pub fn as_str(self) -> &'static str {
        use TemporalRelation::*;
        match self {
            Before => "BEFORE",
            After => "AFTER",
            IBefore => "IBEFORE",
            IAfter => "IAFTER",
            Includes => "INCLUDES",
            IsIncluded => "IS_INCLUDED",
            Simultaneous => "SIMULTANEOUS",
            Begins => "BEGINS",
            BegunBy => "BEGUN_BY",
            Ends => "ENDS",
            EndedBy => "ENDED_BY",
            Overlaps => "OVERLAPS",
            OverlappedBy => "OVERLAPPED_BY",
        }
    }

    /// The relation of `b` to `a`.
    pub fn inverse(self) -> TemporalRelation {
        use TemporalRelation::*;
        match self {
            Before => After,
            After => Before,
            IBefore => IAfter,
            IAfter => IBefore,
            Includes => IsIncluded,
            IsIncluded => Includes,
            Simultaneous => Simultaneous,
            Begins => BegunBy,
            BegunBy => Begins,
            Ends => EndedBy,
            EndedBy => Ends,
            Overlaps => OverlappedBy,
            OverlappedBy => Overlaps,
        }
    }

    /// `a` ends no later than `b` starts (`BEFORE`, `IBEFORE`).
    pub fn is_before(self) -> bool {
        matches!(self, TemporalRelation::Before | TemporalRelation::IBefore)
    }

    /// `a` starts no earlier than `b` ends (`AFTER`, `IAFTER`).
    pub fn is_after(self) -> bool {
        matches!(self, TemporalRelation::After | TemporalRelation::IAfter)
    }

    /// Whether `a` comes first when the two are listed in chronological
    /// order: it starts earlier, or starts together and ends earlier.
    pub(crate) fn orders_first(self) -> Option<bool> {
        use TemporalRelation::*;
        match self {
            Before | IBefore | Includes | Begins | EndedBy | Overlaps => Some(true),
            After | IAfter | IsIncluded | BegunBy | Ends | OverlappedBy => Some(false),
            Simultaneous => None,
        }
    }

    /// The point-algebra constraints the relation stands for, between the
    /// start and end points of `a` and `b`.
    ///
    /// These follow the TimeML definitions, with inclusion read
    /// non-strictly (`a INCLUDES b` is `s(a) ≤ s(b), e(b) ≤ e(a)`, as news
    /// text "during" and "amid" allow shared endpoints) and `BEGINS` /
    /// `ENDS` fixing only the shared endpoint strictly.
    pub fn constraints(self) -> Vec<Constraint> {
        use Endpoint::{End as E, Start as S};
        use PointRel::{Eq, Ge, Gt, Le, Lt};
        use TemporalRelation::*;
        let c = |a: Endpoint, rel: PointRel, b: Endpoint| Constraint { a, rel, b };
        // `c(x, rel, y)`: endpoint x of `a` rel endpoint y of `b`.
        match self {
            Before => vec![c(E, Lt, S)],
            IBefore => vec![c(E, Eq, S)],
            Includes => vec![c(S, Le, S), c(E, Ge, E)],
            Simultaneous => vec![c(S, Eq, S), c(E, Eq, E)],
            Begins => vec![c(S, Eq, S), c(E, Le, E)],
            Ends => vec![c(E, Eq, E), c(S, Ge, S)],
            Overlaps => vec![c(S, Lt, S), c(E, Gt, S), c(E, Lt, E)],
            other => other
                .inverse()
                .constraints()
                .into_iter()
                .map(Constraint::flip)
                .collect(),
        }
    }
}

impl fmt::Display for TemporalRelation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for TemporalRelation {
    type Err = Error;

    /// Parses the TimeML spelling; `DURING` and `IDENTITY` are read as
    /// `IS_INCLUDED` and `SIMULTANEOUS`, `DURING_INV` as `INCLUDES`.
    fn from_str(s: &str) -> Result<TemporalRelation> {
        match s {
            "DURING" => return Ok(TemporalRelation::IsIncluded),
            "DURING_INV" => return Ok(TemporalRelation::Includes),
            "IDENTITY" => return Ok(TemporalRelation::Simultaneous),
            _ => {}
        }
        TemporalRelation::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| Error::InvalidAttribute {
                attribute: "relType",
                value: s.to_string(),
            })
    }
}

impl From<IntervalRelation> for TemporalRelation {
    /// Allen's relations as TLINK types: `Meets` is `IBEFORE`, `During` is
    /// `IS_INCLUDED`, `Equal` is `SIMULTANEOUS`, `Starts` is `BEGINS`,
    /// `Finishes` is `ENDS`, and so on.
    fn from(r: IntervalRelation) -> TemporalRelation {
        use TemporalRelation as T;
        match r {
            IntervalRelation::Before => T::Before,
            IntervalRelation::Meets => T::IBefore,
            IntervalRelation::Overlaps => T::Overlaps,
            IntervalRelation::Starts => T::Begins,
            IntervalRelation::During => T::IsIncluded,
            IntervalRelation::Finishes => T::Ends,
            IntervalRelation::Equal => T::Simultaneous,
            IntervalRelation::FinishedBy => T::EndedBy,
            IntervalRelation::Contains => T::Includes,
            IntervalRelation::StartedBy => T::BegunBy,
            IntervalRelation::OverlappedBy => T::OverlappedBy,
            IntervalRelation::MetBy => T::IAfter,
            IntervalRelation::After => T::After,
        }
    }
}

/// A relation between two points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PointRel {
    /// `<`
    Lt,
    /// `≤`
    Le,
    /// `=`
    Eq,
    /// `≥`
    Ge,
    /// `>`
    Gt,
}

impl PointRel {
    /// The relation with its arguments swapped.
    pub fn flip(self) -> PointRel {
        match self {
            PointRel::Lt => PointRel::Gt,
            PointRel::Le => PointRel::Ge,
            PointRel::Eq => PointRel::Eq,
            PointRel::Ge => PointRel::Le,
            PointRel::Gt => PointRel::Lt,
        }
    }
}

/// The start or the end of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Endpoint {
    /// The start point.
    Start,
    /// The end point.
    End,
}

/// One point-algebra constraint between endpoints of two intervals `a` and
/// `b`: `a.a rel b.b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Constraint {
    /// The endpoint of the first interval.
    pub a: Endpoint,
    /// How it relates to…
    pub rel: PointRel,
    /// …this endpoint of the second interval.
    pub b: Endpoint,
}

impl Constraint {
    /// The same constraint seen from the second interval.
    pub fn flip(self) -> Constraint {
        Constraint {
            a: self.b,
            rel: self.rel.flip(),
            b: self.a,
        }
    }
}

/// An edge `from ≤ to` (or `<` when strict) with the index of the reason
/// that put it there.
#[derive(Debug, Clone, Copy)]
struct Edge {
    to: u32,
    strict: bool,
    reason: u32,
}

/// The point graph: `≤`/`<` edges between points, searched on demand.
#[derive(Debug, Clone, Default)]
pub(crate) struct PointGraph {
    fwd: Vec<Vec<Edge>>,
    bwd: Vec<Vec<Edge>>,
}

/// A path found by [`PointGraph::reach`]: whether it has a strict edge and
/// the reasons of its edges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Path {
    pub(crate) strict: bool,
    pub(crate) reasons: Vec<u32>,
}

impl PointGraph {
    /// Adds a point; returns its index.
    pub(crate) fn add_point(&mut self) -> usize {
        self.fwd.push(Vec::new());
        self.bwd.push(Vec::new());
        self.fwd.len() - 1
    }

    /// The number of points.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.fwd.len()
    }

    fn edge(&mut self, from: usize, to: usize, strict: bool, reason: u32) {
        if from == to && !strict {
            return;
        }
        self.fwd[from].push(Edge {
            to: to as u32,
            strict,
            reason,
        });
        self.bwd[to].push(Edge {
            to: from as u32,
            strict,
            reason,
        });
    }

    /// Adds `a rel b` without checking.
    pub(crate) fn add(&mut self, a: usize, rel: PointRel, b: usize, reason: u32) {
        match rel {
            PointRel::Lt => self.edge(a, b, true, reason),
            PointRel::Le => self.edge(a, b, false, reason),
            PointRel::Eq => {
                self.edge(a, b, false, reason);
                self.edge(b, a, false, reason);
            }
            PointRel::Ge => self.edge(b, a, false, reason),
            PointRel::Gt => self.edge(b, a, true, reason),
        }
    }

    /// The path from `a` to `b` (a proof of `a ≤ b`), preferring one with a
    /// strict edge (a proof of `a < b`); `None` when `a ≤ b` is not
    /// entailed. `a` reaches itself with an empty, non-strict path.
    ///
    /// One breadth-first search over (point, strict-so-far) states:
    /// `O(V + E)`.
    pub(crate) fn reach(&self, a: usize, b: usize) -> Option<Path> {
        let n = self.fwd.len();
        if a >= n || b >= n {
            return None;
        }
        // State index: point * 2 + strict.
        let mut parent: Vec<Option<(u32, u32)>> = vec![None; 2 * n];
        let mut seen = vec![false; 2 * n];
        let mut queue = VecDeque::new();
        seen[2 * a] = true;
        queue.push_back(2 * a);
        while let Some(st) = queue.pop_front() {
            let (p, strict) = (st / 2, st % 2 == 1);
            for e in &self.fwd[p] {
                let ns = e.to as usize * 2 + usize::from(strict || e.strict);
                if !seen[ns] {
                    seen[ns] = true;
                    parent[ns] = Some((st as u32, e.reason));
                    queue.push_back(ns);
                }
            }
        }
        let end = if seen[2 * b + 1] {
            2 * b + 1
        } else if seen[2 * b] {
            2 * b
        } else {
            return None;
        };
        let mut reasons = Vec::new();
        let mut st = end;
        while let Some((prev, reason)) = parent[st] {
            reasons.push(reason);
            st = prev as usize;
        }
        reasons.reverse();
        Some(Path {
            strict: end % 2 == 1,
            reasons,
        })
    }

    /// What the graph entails about `a` and `b`, if anything.
    pub(crate) fn relation(&self, a: usize, b: usize) -> Option<PointRel> {
        if a == b {
            return Some(PointRel::Eq);
        }
        let ab = self.reach(a, b);
        if ab.as_ref().is_some_and(|p| p.strict) {
            return Some(PointRel::Lt);
        }
        let ba = self.reach(b, a);
        if ba.as_ref().is_some_and(|p| p.strict) {
            return Some(PointRel::Gt);
        }
        match (ab.is_some(), ba.is_some()) {
            (true, true) => Some(PointRel::Eq),
            (true, false) => Some(PointRel::Le),
            (false, true) => Some(PointRel::Ge),
            (false, false) => None,
        }
    }

    /// The path that contradicts `a rel b`, if the graph entails the
    /// opposite: for `a < b` a path `b ≤ a`; for `a ≤ b` a path `b < a`;
    /// for `a = b` a strict path either way.
    pub(crate) fn contradiction(&self, a: usize, rel: PointRel, b: usize) -> Option<Path> {
        match rel {
            PointRel::Lt => self.reach(b, a),
            PointRel::Le => self.reach(b, a).filter(|p| p.strict),
            PointRel::Eq => self
                .reach(b, a)
                .filter(|p| p.strict)
                .or_else(|| self.reach(a, b).filter(|p| p.strict)),
            PointRel::Ge => self.reach(a, b).filter(|p| p.strict),
            PointRel::Gt => self.reach(a, b),
        }
    }

    /// Adds a set of constraints as one unit if none of them is
    /// contradicted by the graph *or by the others in the set*; otherwise
    /// adds nothing and returns the contradicting path.
    pub(crate) fn try_add_all(
        &mut self,
        constraints: &[(usize, PointRel, usize)],
        reason: u32,
    ) -> std::result::Result<(), Path> {
        // Edges added so far, to take back on failure: each `add` pushes at
        // the end of the adjacency lists, so popping in reverse order undoes
        // it exactly.
        let mut added: Vec<(usize, usize)> = Vec::new();
        for &(a, rel, b) in constraints {
            if let Some(path) = self.contradiction(a, rel, b) {
                for &(from, to) in added.iter().rev() {
                    self.fwd[from].pop();
                    self.bwd[to].pop();
                }
                return Err(path);
            }
            let pairs: &[(usize, usize)] = match rel {
                PointRel::Lt | PointRel::Le => &[(a, b)],
                PointRel::Ge | PointRel::Gt => &[(b, a)],
                PointRel::Eq => &[(a, b), (b, a)],
            };
            for &(from, to) in pairs {
                let strict = matches!(rel, PointRel::Lt | PointRel::Gt);
                if from != to || strict {
                    added.push((from, to));
                }
            }
            self.add(a, rel, b, reason);
        }
        Ok(())
    }

    /// For every point, the largest `init` value among the points that
    /// reach it (`q ≤ p` entailed, `p` included) and the smallest among the
    /// points it reaches. Linear: the strongly connected components
    /// (equalities) are condensed with Tarjan's algorithm and the values
    /// propagated once in topological order, `O(V + E)`.
    pub(crate) fn propagate(&self, init: &[Option<i64>]) -> (Vec<Option<i64>>, Vec<Option<i64>>) {
        let n = self.fwd.len();
        let mut g = petgraph::Graph::<(), ()>::with_capacity(n, 0);
        let nodes: Vec<_> = (0..n).map(|_| g.add_node(())).collect();
        for (from, edges) in self.fwd.iter().enumerate() {
            for e in edges {
                g.add_edge(nodes[from], nodes[e.to as usize], ());
            }
        }
        // Components in reverse topological order (sinks first).
        let sccs = petgraph::algo::tarjan_scc(&g);
        let mut comp = vec![0usize; n];
        for (c, members) in sccs.iter().enumerate() {
            for m in members {
                comp[m.index()] = c;
            }
        }
        let value = |i: usize| init.get(i).copied().flatten();
        let mut up: Vec<Option<i64>> = vec![None; sccs.len()];
        for c in (0..sccs.len()).rev() {
            let mut v = None;
            for m in &sccs[c] {
                v = v.max(value(m.index()));
                for e in &self.bwd[m.index()] {
                    let pc = comp[e.to as usize];
                    if pc != c {
                        v = v.max(up[pc]);
                    }
                }
            }
            up[c] = v;
        }
        let min = super::merge::min_of;
        let mut down: Vec<Option<i64>> = vec![None; sccs.len()];
        for c in 0..sccs.len() {
            let mut v = None;
            for m in &sccs[c] {
                v = min(v, value(m.index()));
                for e in &self.fwd[m.index()] {
                    let sc = comp[e.to as usize];
                    if sc != c {
                        v = min(v, down[sc]);
                    }
                }
            }
            down[c] = v;
        }
        (
            (0..n).map(|i| up[comp[i]]).collect(),
            (0..n).map(|i| down[comp[i]]).collect(),
        )
    }

    /// Every point from which `p` is reachable (`q ≤ p` entailed), with
    /// whether strictly. One backward search.
    pub(crate) fn predecessors(&self, p: usize) -> Vec<(usize, bool)> {
        self.search(p, &self.bwd)
    }

    /// Every point reachable from `p` (`p ≤ q` entailed), with whether
    /// strictly. One forward search.
    pub(crate) fn successors(&self, p: usize) -> Vec<(usize, bool)> {
        self.search(p, &self.fwd)
    }

    fn search(&self, p: usize, adj: &[Vec<Edge>]) -> Vec<(usize, bool)> {
        let n = adj.len();
        if p >= n {
            return Vec::new();
        }
        let mut seen = vec![false; 2 * n];
        let mut queue = VecDeque::new();
        seen[2 * p] = true;
        queue.push_back(2 * p);
        while let Some(st) = queue.pop_front() {
            let (q, strict) = (st / 2, st % 2 == 1);
            for e in &adj[q] {
                let ns = e.to as usize * 2 + usize::from(strict || e.strict);
                if !seen[ns] {
                    seen[ns] = true;
                    queue.push_back(ns);
                }
            }
        }
        (0..n)
            .filter(|&q| q != p && (seen[2 * q] || seen[2 * q + 1]))
            .map(|q| (q, seen[2 * q + 1]))
            .collect()
    }
}

/// The strongest TLINK relation the point relations between the endpoints
/// of `a` and `b` determine: `ss` is `s(a)` to `s(b)`, `se` `s(a)` to
/// `e(b)`, `es` `e(a)` to `s(b)`, `ee` `e(a)` to `e(b)`. `None` when they
/// leave it open.
pub(crate) fn relation_from_points(
    ss: Option<PointRel>,
    se: Option<PointRel>,
    es: Option<PointRel>,
    ee: Option<PointRel>,
) -> Option<TemporalRelation> {
    use PointRel::*;
    use TemporalRelation as T;
    match (es, se) {
        (Some(Lt), _) => return Some(T::Before),
        (_, Some(Gt)) => return Some(T::After),
        (Some(Eq), _) => return Some(T::IBefore),
        (_, Some(Eq)) => return Some(T::IAfter),
        _ => {}
    }
    match (ss, ee) {
        (Some(Eq), Some(Eq)) => Some(T::Simultaneous),
        (Some(Eq), Some(Lt)) => Some(T::Begins),
        (Some(Eq), Some(Gt)) => Some(T::BegunBy),
        (Some(Gt), Some(Eq)) => Some(T::Ends),
        (Some(Lt), Some(Eq)) => Some(T::EndedBy),
        (Some(Lt), Some(Gt)) => Some(T::Includes),
        (Some(Gt), Some(Lt)) => Some(T::IsIncluded),
        (Some(Lt), Some(Lt)) if es == Some(Gt) => Some(T::Overlaps),
        (Some(Gt), Some(Gt)) if se == Some(Lt) => Some(T::OverlappedBy),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn interval(g: &mut PointGraph) -> (usize, usize) {
        let s = g.add_point();
        let e = g.add_point();
        g.add(s, PointRel::Lt, e, 0);
        (s, e)
    }

    fn add_rel(
        g: &mut PointGraph,
        a: (usize, usize),
        r: TemporalRelation,
        b: (usize, usize),
    ) -> std::result::Result<(), Path> {
        let pick = |i: (usize, usize), p: Endpoint| match p {
            Endpoint::Start => i.0,
            Endpoint::End => i.1,
        };
        let cs: Vec<_> = r
            .constraints()
            .into_iter()
            .map(|c| (pick(a, c.a), c.rel, pick(b, c.b)))
            .collect();
        g.try_add_all(&cs, 1)
    }

    fn rel(g: &PointGraph, a: (usize, usize), b: (usize, usize)) -> Option<TemporalRelation> {
        relation_from_points(
            g.relation(a.0, b.0),
            g.relation(a.0, b.1),
            g.relation(a.1, b.0),
            g.relation(a.1, b.1),
        )
    }

    #[test]
    fn spelling_round_trips() {
        for r in TemporalRelation::ALL {
            assert_eq!(r.as_str().parse::<TemporalRelation>().ok(), Some(r));
            let json = serde_json::to_string(&r).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", r.as_str()));
            assert_eq!(r.inverse().inverse(), r);
        }
        assert!("before".parse::<TemporalRelation>().is_err());
    }

    #[test]
    fn allen_mapping_is_consistent_with_inverse() {
        use IntervalRelation::*;
        for r in [
            Before,
            Meets,
            Overlaps,
            Starts,
            During,
            Finishes,
            Equal,
            FinishedBy,
            Contains,
            StartedBy,
            OverlappedBy,
            MetBy,
            After,
        ] {
            assert_eq!(
                TemporalRelation::from(r.inverse()),
                TemporalRelation::from(r).inverse()
            );
        }
    }

    #[test]
    fn every_relation_is_satisfiable_and_recovered() {
        // Strict relations are recovered exactly from their constraints.
        for r in TemporalRelation::ALL {
            let mut g = PointGraph::default();
            let a = interval(&mut g);
            let b = interval(&mut g);
            assert!(add_rel(&mut g, a, r, b).is_ok(), "{r}");
            let got = rel(&g, a, b);
            match r {
                // Inclusion is read non-strictly: only `≤` is entailed.
                TemporalRelation::Includes | TemporalRelation::IsIncluded => {
                    assert_eq!(got, None, "{r}")
                }
                TemporalRelation::Begins | TemporalRelation::BegunBy => {
                    assert_eq!(got, None, "{r}")
                }
                TemporalRelation::Ends | TemporalRelation::EndedBy => {
                    assert_eq!(got, None, "{r}")
                }
                _ => assert_eq!(got, Some(r), "{r}"),
            }
        }
    }

    #[test]
    fn transitivity_of_before() {
        let mut g = PointGraph::default();
        let a = interval(&mut g);
        let b = interval(&mut g);
        let c = interval(&mut g);
        assert!(add_rel(&mut g, a, TemporalRelation::Before, b).is_ok());
        assert!(add_rel(&mut g, b, TemporalRelation::IBefore, c).is_ok());
        assert_eq!(rel(&g, a, c), Some(TemporalRelation::Before));
        assert_eq!(rel(&g, c, a), Some(TemporalRelation::After));
    }

    #[test]
    fn meets_then_meets_is_before() {
        let mut g = PointGraph::default();
        let a = interval(&mut g);
        let b = interval(&mut g);
        let c = interval(&mut g);
        assert!(add_rel(&mut g, a, TemporalRelation::IBefore, b).is_ok());
        assert!(add_rel(&mut g, b, TemporalRelation::IBefore, c).is_ok());
        // e(a) = s(b) < e(b) = s(c)
        assert_eq!(rel(&g, a, c), Some(TemporalRelation::Before));
    }

    #[test]
    fn simultaneous_propagates() {
        let mut g = PointGraph::default();
        let a = interval(&mut g);
        let b = interval(&mut g);
        let c = interval(&mut g);
        assert!(add_rel(&mut g, a, TemporalRelation::Simultaneous, b).is_ok());
        assert!(add_rel(&mut g, b, TemporalRelation::Before, c).is_ok());
        assert_eq!(rel(&g, a, c), Some(TemporalRelation::Before));
        assert_eq!(rel(&g, a, b), Some(TemporalRelation::Simultaneous));
    }

    #[test]
    fn a_cycle_is_refused_with_its_proof() {
        let mut g = PointGraph::default();
        let a = interval(&mut g);
        let b = interval(&mut g);
        let c = interval(&mut g);
        assert!(add_rel(&mut g, a, TemporalRelation::Before, b).is_ok());
        let mut g2 = g.clone();
        // b before c with a different reason, then c before a closes a cycle.
        let cs = [(b.1, PointRel::Lt, c.0)];
        assert!(g2.try_add_all(&cs, 2).is_ok());
        let cs = [(c.1, PointRel::Lt, a.0)];
        let err = g2.try_add_all(&cs, 3);
        let path = err.err().unwrap_or(Path {
            strict: false,
            reasons: vec![],
        });
        assert!(path.strict);
        assert!(path.reasons.contains(&1) && path.reasons.contains(&2));
        // Nothing of the refused set was stored: a and c keep their order.
        assert_eq!(rel(&g2, a, c), Some(TemporalRelation::Before));
        // A set that contradicts itself is refused as a whole.
        let mut g3 = g.clone();
        let cs = [(c.0, PointRel::Eq, b.0), (c.0, PointRel::Lt, b.0)];
        assert!(g3.try_add_all(&cs, 4).is_err());
        assert_eq!(g3.relation(c.0, b.0), None);
    }

    #[test]
    fn equality_cycle_is_consistent() {
        let mut g = PointGraph::default();
        let p = g.add_point();
        let q = g.add_point();
        let r = g.add_point();
        assert!(g.try_add_all(&[(p, PointRel::Le, q)], 0).is_ok());
        assert!(g.try_add_all(&[(q, PointRel::Le, r)], 0).is_ok());
        assert!(g.try_add_all(&[(r, PointRel::Le, p)], 0).is_ok());
        assert_eq!(g.relation(p, r), Some(PointRel::Eq));
        assert!(g.try_add_all(&[(r, PointRel::Lt, p)], 0).is_err());
        assert_eq!(g.len(), 3);
    }

    #[test]
    fn propagation_matches_search() {
        // A chain of time points 10 < 20 < 30 and an interval inside
        // [10, 30] with an equality cycle on its start.
        let mut g = PointGraph::default();
        let t: Vec<usize> = (0..3).map(|_| g.add_point()).collect();
        g.add(t[0], PointRel::Lt, t[1], 0);
        g.add(t[1], PointRel::Lt, t[2], 0);
        let (s, e) = interval(&mut g);
        let s2 = g.add_point();
        g.add(s, PointRel::Eq, s2, 0);
        g.add(t[0], PointRel::Le, s2, 0);
        g.add(e, PointRel::Le, t[2], 0);
        let mut init = vec![None; g.len()];
        init[t[0]] = Some(10);
        init[t[1]] = Some(20);
        init[t[2]] = Some(30);
        let (up, down) = g.propagate(&init);
        assert_eq!((up[s], down[s]), (Some(10), Some(30)));
        assert_eq!((up[e], down[e]), (Some(10), Some(30)));
        assert_eq!((up[t[1]], down[t[1]]), (Some(20), Some(20)));
        // The same as searching.
        let best = g
            .predecessors(s)
            .into_iter()
            .filter_map(|(p, _)| init[p])
            .max();
        assert_eq!(best, up[s]);
    }

    #[test]
    fn overlaps_is_recovered() {
        let mut g = PointGraph::default();
        let a = interval(&mut g);
        let b = interval(&mut g);
        assert!(add_rel(&mut g, a, TemporalRelation::Overlaps, b).is_ok());
        assert_eq!(rel(&g, a, b), Some(TemporalRelation::Overlaps));
        assert_eq!(rel(&g, b, a), Some(TemporalRelation::OverlappedBy));
    }
}
