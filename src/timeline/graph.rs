//! The event graph as a petgraph [`DiGraph`].

use std::collections::BTreeMap;

use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};

use super::{Basis, Placement, TemporalRelation, Timeline};

/// A node of the event graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum GraphNode {
    /// An event of the timeline.
    Event {
        /// Its id (`e1`).
        id: String,
        /// Its label.
        label: String,
    },
    /// A time anchor: the TIMEX3 value dated events are anchored to.
    Time {
        /// The value (`2022-01-13`).
        value: String,
    },
}

/// An edge of the event graph: a typed relation with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GraphEdge {
    /// How the source relates to the target.
    pub relation: TemporalRelation,
    /// What it was derived from (anchoring edges to time nodes are
    /// [`Basis::Date`]).
    pub basis: Basis,
    /// The mentions behind it (ids).
    pub evidence: Vec<String>,
}

/// The event graph of a [`Timeline`]: events and time anchors as nodes,
/// typed temporal relations as edges (each event dated by a value has an
/// `IS_INCLUDED` edge to that value's time node).
///
/// ```
/// use dateline::timeline::{Timeline, TimelineGraph};
/// let graph = Timeline::default().graph();
/// assert_eq!(graph.graph.node_count(), 0);
/// ```
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TimelineGraph {
    /// The petgraph graph.
    pub graph: DiGraph<GraphNode, GraphEdge>,
    /// Event id → node.
    pub events: BTreeMap<String, NodeIndex>,
    /// Time value → node.
    pub times: BTreeMap<String, NodeIndex>,
}

impl TimelineGraph {
    /// The graph of a timeline (nodes in event order, then time values in
    /// chronological order).
    pub fn from_timeline(t: &Timeline) -> TimelineGraph {
        let mut g = TimelineGraph::default();
        for e in &t.events {
            let n = g.graph.add_node(GraphNode::Event {
                id: e.id.clone(),
                label: e.label.clone(),
            });
            g.events.insert(e.id.clone(), n);
        }
        let mut values: Vec<(_, _, String)> = t
            .events
            .iter()
            .filter(|e| e.when.placement == Placement::Dated)
            .filter_map(|e| Some((e.when.start?, e.when.end?, e.when.value.clone()?)))
            .collect();
        values.sort();
        values.dedup();
        for (_, _, v) in values {
            if !g.times.contains_key(&v) {
                let n = g.graph.add_node(GraphNode::Time { value: v.clone() });
                g.times.insert(v, n);
            }
        }
        for e in &t.events {
            if e.when.placement != Placement::Dated {
                continue;
            }
            if let (Some(v), Some(&from)) = (&e.when.value, g.events.get(&e.id))
                && let Some(&to) = g.times.get(v)
            {
                let evidence = e
                    .mentions
                    .iter()
                    .filter(|m| m.value.as_deref() == Some(v.as_str()))
                    .map(|m| m.id.clone())
                    .collect();
                g.graph.add_edge(
                    from,
                    to,
                    GraphEdge {
                        relation: TemporalRelation::IsIncluded,
                        basis: Basis::Date,
                        evidence,
                    },
                );
            }
        }
        for r in &t.relations {
            if let (Some(&a), Some(&b)) = (g.events.get(&r.from), g.events.get(&r.to)) {
                g.graph.add_edge(
                    a,
                    b,
                    GraphEdge {
                        relation: r.relation,
                        basis: r.basis,
                        evidence: r.evidence.clone(),
                    },
                );
            }
        }
        g
    }

    /// The node of an event.
    pub fn event(&self, id: &str) -> Option<NodeIndex> {
        self.events.get(id).copied()
    }

    /// The node of a time value.
    pub fn time(&self, value: &str) -> Option<NodeIndex> {
        self.times.get(value).copied()
    }

    /// The relations stored from one event to others: (target event id,
    /// relation).
    pub fn outgoing(&self, id: &str) -> Vec<(String, TemporalRelation)> {
        let Some(n) = self.event(id) else {
            return Vec::new();
        };
        let mut out: Vec<(String, TemporalRelation)> = self
            .graph
            .edges_directed(n, Direction::Outgoing)
            .filter_map(|e| {
                use petgraph::visit::EdgeRef;
                match &self.graph[e.target()] {
                    GraphNode::Event { id, .. } => Some((id.clone(), e.weight().relation)),
                    GraphNode::Time { .. } => None,
                }
            })
            .collect();
        out.sort();
        out
    }
}
