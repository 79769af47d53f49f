//! Building a timeline one article at a time.
//!
//! See [`Incremental`].

use super::pipeline::{Stages, inputs, per_article};
use super::{Timeline, TimelineOptions};
use crate::Result;
use crate::article::{Article, Collection, Reference, ReferenceOptions, Structure};
use crate::events::EventMention;
use crate::tagger::Expression;

/// A timeline kept current as articles arrive.
///
/// A long-running service receives articles as they are published and
/// keeps a timeline current. `Incremental` caches each article's
/// per-article stages (structure, tagging, event extraction) and, on each
/// [`Incremental::add`]:
///
/// 1. computes the new article's structure;
/// 2. re-resolves every article's reference time (cheap: the dateline, the
///    lead and the publication date), because an article without a year of
///    its own takes the collection's (source `collection`), which a new
///    article can change;
/// 3. reruns tagging and event extraction for the new article and for each
///    article whose reference time changed, reusing the cached results of
///    the others;
/// 4. reruns the cross-article stages: salience ([`corroborate`]) and the
///    whole merge ([`Timeline::build`]). **The merge is redone on every
///    add**; only the per-article stages are cached.
///
/// The result is the same, byte for byte, as a batch
/// [`Timeline::from_collection`] of the same articles (in any order).
///
/// [`corroborate`]: crate::events::corroborate
///
/// ```
/// use dateline::article::{Article, ReferenceOptions};
/// use dateline::timeline::{Incremental, TimelineOptions};
///
/// let day = |d| chrono::NaiveDate::from_ymd_opt(2022, 1, d).ok_or("date");
/// let mut live = Incremental::new(ReferenceOptions::default(), TimelineOptions::default());
/// live.add(
///     Article::builder("a", "MOSCOW (Reuters) - Troops began withdrawing from the country on Thursday.")
///         .published(day(13)?)
///         .build(),
/// )?;
/// let timeline = live.add(
///     Article::builder("b", "ALMATY (AFP) - The troops began their withdrawal on January 13.")
///         .published(day(19)?)
///         .build(),
/// )?;
/// let withdrawal = timeline
///     .iter()
///     .find(|e| e.when.value.as_deref() == Some("2022-01-13"))
///     .ok_or("no event on Jan 13")?;
/// assert_eq!(withdrawal.sources, ["a", "b"]);
/// assert_eq!(live.rerun(), ["b"]); // "a" was not tagged again
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Incremental {
    reference: ReferenceOptions,
    options: TimelineOptions,
    stages: Stages,
    collection: Collection,
    /// Per article, in order: its structure, reference, expressions and
    /// event mentions (before cross-article salience).
    structures: Vec<Structure>,
    references: Vec<Reference>,
    expressions: Vec<Vec<Expression>>,
    events: Vec<Vec<EventMention>>,
    timeline: Timeline,
    rerun: Vec<String>,
}

impl Incremental {
    /// An empty timeline. `reference` and `options` are those of
    /// [`Timeline::from_collection`]; `options.strict` decides whether an
    /// article without a reference time is an error.
    pub fn new(reference: ReferenceOptions, options: TimelineOptions) -> Incremental {
        let stages = Stages::new(&options);
        Incremental {
            reference: reference.strict(options.strict),
            options,
            stages,
            collection: Collection::default(),
            structures: Vec::new(),
            references: Vec::new(),
            expressions: Vec::new(),
            events: Vec::new(),
            timeline: Timeline::default(),
            rerun: Vec::new(),
        }
    }

    /// Starts from a collection: its name and year hint are kept (the hint
    /// completes partial dates as in [`Collection::resolve_references`]),
    /// its articles are added in one step.
    ///
    /// # Errors
    ///
    /// As [`Incremental::extend`].
    pub fn from_collection(
        collection: &Collection,
        reference: ReferenceOptions,
        options: TimelineOptions,
    ) -> Result<Incremental> {
        let mut live = Incremental::new(reference, options);
        live.collection.name = collection.name.clone();
        live.collection.year_hint = collection.year_hint;
        live.extend(collection.articles.iter().cloned())?;
        Ok(live)
    }

    /// Adds an article and brings the timeline up to date.
    ///
    /// # Errors
    ///
    /// [`Error::CollectionTooLarge`](crate::Error::CollectionTooLarge) when
    /// the article would take the collection over
    /// [`TimelineOptions::max_articles`] or
    /// [`TimelineOptions::max_collection_bytes`]; in strict mode, the errors
    /// of [`Collection::resolve_references`] and [`Timeline::build`]. On an
    /// error nothing changes: the article is not added and the timeline is
    /// the previous one.
    pub fn add(&mut self, article: Article) -> Result<&Timeline> {
        self.extend(std::iter::once(article))
    }

    /// Adds several articles and brings the timeline up to date once (one
    /// merge for all of them).
    ///
    /// # Errors
    ///
    /// As [`Incremental::add`]; on an error none of the articles is added.
    pub fn extend<I>(&mut self, articles: I) -> Result<&Timeline>
    where
        I: IntoIterator<Item = Article>,
    {
        let old = self.collection.articles.len();
        self.collection.articles.extend(articles);
        match self.update(old) {
            Ok(()) => Ok(&self.timeline),
            Err(e) => {
                self.collection.articles.truncate(old);
                Err(e)
            }
        }
    }

    /// Brings everything up to date now that the articles from `old` on
    /// are new. Changes nothing but the collection's articles (which the
    /// caller rolls back) on an error.
    fn update(&mut self, old: usize) -> Result<()> {
        let articles = &self.collection.articles;
        self.options.check_limits(
            articles.len(),
            articles
                .iter()
                .fold(0usize, |n, a| n.saturating_add(a.text.len())),
        )?;
        let fresh = articles.get(old..).unwrap_or_default();
        let fresh_structures = per_article(fresh, true, Article::structure);
        let (references, results, stale, timeline) = {
            let structures: Vec<&Structure> =
                self.structures.iter().chain(&fresh_structures).collect();
            let references = self
                .collection
                .references_with(&structures, &self.reference, true)?;
            // The articles whose per-article stages must run: the new ones
            // and those whose reference time moved.
            let stale: Vec<usize> = (0..articles.len())
                .filter(|&i| {
                    self.references.get(i).is_none_or(|r| {
                        references.get(i).map(Reference::reference_time) != Some(r.reference_time())
                    })
                })
                .collect();
            let items: Vec<(&Article, &Structure, &Reference)> = stale
                .iter()
                .filter_map(|&i| Some((articles.get(i)?, *structures.get(i)?, references.get(i)?)))
                .collect();
            let stages = &self.stages;
            let results = per_article(&items, true, |(a, s, r)| stages.run(a, s, r));
            // Each article's expressions and (fresh copies of) its events:
            // the new results for stale articles, the cache for the others.
            let mut fresh_results = stale.iter().zip(&results).peekable();
            let mut expressions: Vec<&[Expression]> = Vec::with_capacity(articles.len());
            let mut events: Vec<Vec<EventMention>> = Vec::with_capacity(articles.len());
            for i in 0..articles.len() {
                let (found, evs) = match fresh_results.next_if(|(j, _)| **j == i) {
                    Some((_, (found, evs))) => (found.as_slice(), evs),
                    None => match (self.expressions.get(i), self.events.get(i)) {
                        (Some(found), Some(evs)) => (found.as_slice(), evs),
                        _ => (&[][..], &Vec::new()),
                    },
                };
                expressions.push(found);
                events.push(evs.clone());
            }
            let (inputs, mentions) = inputs(
                articles,
                &structures,
                &references,
                &expressions,
                &mut events,
                true,
            );
            let timeline = Timeline::build(&inputs, &mentions, &self.options)?;
            (references, results, stale, timeline)
        };
        // Commit.
        self.structures.extend(fresh_structures);
        self.references = references;
        self.rerun.clear();
        for (i, (found, evs)) in stale.into_iter().zip(results) {
            if let Some(a) = self.collection.articles.get(i) {
                self.rerun.push(a.id.clone());
            }
            if i < self.expressions.len() {
                if let Some(slot) = self.expressions.get_mut(i) {
                    *slot = found;
                }
                if let Some(slot) = self.events.get_mut(i) {
                    *slot = evs;
                }
            } else {
                self.expressions.push(found);
                self.events.push(evs);
            }
        }
        self.timeline = timeline;
        Ok(())
    }

    /// The timeline of every article added so far.
    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    /// The articles added so far, in order.
    pub fn collection(&self) -> &Collection {
        &self.collection
    }

    /// The ids of the articles whose per-article stages (tagging, event
    /// extraction) ran in the last successful [`Incremental::add`] or
    /// [`Incremental::extend`]: the new articles, and those whose reference
    /// time changed. The others' cached results were reused.
    pub fn rerun(&self) -> &[String] {
        &self.rerun
    }

    /// The number of articles.
    pub fn len(&self) -> usize {
        self.collection.len()
    }

    /// Whether no article has been added.
    pub fn is_empty(&self) -> bool {
        self.collection.is_empty()
    }

    /// Consumes the builder, returning the timeline.
    pub fn into_timeline(self) -> Timeline {
        self.timeline
    }
}
