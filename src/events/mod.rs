//! The event stage: event mentions, their attributes, participants, time
//! anchors and salience.
//!
//! A timeline is made of events, not dates. [`Extractor::extract`] takes an
//! article's text and the temporal expressions the [`tagger`](crate::tagger)
//! found in it, and returns the event mentions in it, each with
//!
//! - its **trigger** (a verb, an event noun or a predicative adjective;
//!   `pull out`, `draw down` and `state of emergency` as one trigger), its
//!   lemma, and a coarse [`SemanticClass`] shared by synonyms (withdraw,
//!   pull out, draw down, leave and depart are all
//!   [`SemanticClass::Withdraw`]);
//! - its TimeML [`EventClass`], [`Tense`], [`Aspect`] and [`Polarity`], its
//!   modality and its [`Status`] (happened, ongoing, planned,
//!   hypothetical, negated), and the reporting event it is reported by;
//! - its **phase** ([`Phase`]): "began withdrawing" gives the withdrawal
//!   with phase [`Phase::Start`] (and the aspectual "began" pointing to
//!   it), "completed their draw down" the same process with
//!   [`Phase::End`];
//! - its **participants**: named entities and armed groups of the
//!   sentence, with the role they play and a key that is the same for
//!   "Mr Tokayev", "Kassym-Jomart Tokayev" and "Tokaev";
//! - its **anchor**: the temporal expression that governs it and how
//!   (`should be completed by next Wednesday` gives `2022-01-19` with
//!   [`Relation::OnOrBefore`]), or the reference time by tense, or none;
//! - its **salience**, in 0..=1.
//!
//! # How it works
//!
//! [`segment`] cuts the text into tokens and sentences. An averaged
//! perceptron ([`Model`], trained on the TimeBank and AQUAINT gold EVENTs
//! and shipped in the crate) picks the event triggers and their class; the
//! rest is rules over the tokens of each sentence: the auxiliary chain
//! before a verb gives tense, aspect, polarity and modality; clause
//! boundaries, prepositions, distance and intervening verbs pick the
//! governing temporal expression; capitalised spans, titles, acronyms and a
//! name folding give participants. Everything is linear in the text and
//! nothing panics on any input.
//!
//! ```
//! use chrono::NaiveDate;
//! use dateline::events::{Extractor, Phase, SemanticClass, Status};
//! use dateline::tagger::Tagger;
//!
//! let tagger = Tagger::default();
//! let extractor = Extractor::default();
//! let text = "Russia's Defence Minister Sergei K. Shoigu said on Thursday that the \
//!             withdrawal should be completed by next Wednesday.";
//! let dct = NaiveDate::from_ymd_opt(2022, 1, 13).unwrap();
//! let (expressions, events) = extractor.run(&tagger, text, Some(dct.into()));
//! let completed = events.iter().find(|e| &*e.lemma == "complete").unwrap();
//! assert_eq!(completed.status, Status::Planned);
//! let withdrawal = events.iter().find(|e| &*e.lemma == "withdrawal").unwrap();
//! assert_eq!(withdrawal.semantic_class, Some(SemanticClass::Withdraw));
//! assert_eq!(withdrawal.phase, Phase::End);
//! let anchor = withdrawal.anchor.as_ref().unwrap();
//! assert_eq!(anchor.value.to_string(), "2022-01-19");
//! assert_eq!(anchor.relation.to_string(), "ON_OR_BEFORE");
//! assert_eq!(expressions.len(), 2);
//! ```

mod anchor;
pub mod eval;
mod lexicon;
mod mention;
mod model;
mod participants;
mod salience;
mod sentence;
mod table;

use std::fmt;
use std::ops::Range;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

use crate::tagger::{Expression, ReferenceTime, Tagger};
use crate::value::Value;

pub use model::{Model, TrainOptions};
pub use salience::corroborate;
pub(crate) use salience::{add_corroboration, corroboration};
pub use sentence::{Segmentation, Sentence, Token, TokenKind, segment, tokenize};

/// The TimeML class of an event. Serialises with the TimeML spellings
/// (`OCCURRENCE`, `I_ACTION`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum EventClass {
    /// Something that happens: `withdrawal`, `arrested`, `deployed`.
    #[serde(rename = "OCCURRENCE")]
    Occurrence,
    /// A state: `state of emergency`, `unclear`, `remain`.
    #[serde(rename = "STATE")]
    State,
    /// Saying or reporting: `said`, `told`, `announced`.
    #[serde(rename = "REPORTING")]
    Reporting,
    /// An action that introduces another event: `asked`, `decided`.
    #[serde(rename = "I_ACTION")]
    IAction,
    /// A state that introduces another event: `wants`, `believe`.
    #[serde(rename = "I_STATE")]
    IState,
    /// A phase of another event: `began`, `completed`, `end`.
    #[serde(rename = "ASPECTUAL")]
    Aspectual,
    /// Perceiving another event: `saw`, `witnessed`.
    #[serde(rename = "PERCEPTION")]
    Perception,
}

impl EventClass {
    /// The TimeML spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            EventClass::Occurrence => "OCCURRENCE",
            EventClass::State => "STATE",
            EventClass::Reporting => "REPORTING",
            EventClass::IAction => "I_ACTION",
            EventClass::IState => "I_STATE",
            EventClass::Aspectual => "ASPECTUAL",
            EventClass::Perception => "PERCEPTION",
        }
    }
}

impl fmt::Display for EventClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EventClass {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<EventClass> {
        Ok(match s {
            "OCCURRENCE" => EventClass::Occurrence,
            "STATE" => EventClass::State,
            "REPORTING" => EventClass::Reporting,
            "I_ACTION" => EventClass::IAction,
            "I_STATE" => EventClass::IState,
            "ASPECTUAL" => EventClass::Aspectual,
            "PERCEPTION" => EventClass::Perception,
            _ => {
                return Err(crate::Error::InvalidValue {
                    value: s.to_string(),
                    reason: "not a TimeML event class".into(),
                });
            }
        })
    }
}

macro_rules! display_upper {
    ($t:ty { $($v:ident => $s:literal),* $(,)? }) => {
        impl $t {
            /// The TimeML-style spelling (upper case).
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $s),* }
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// The part of speech of a trigger, as far as the rules can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PartOfSpeech {
    /// A verb (`withdrew`, `to deploy`, `arresting`).
    Verb,
    /// A noun (`withdrawal`, `protests`).
    Noun,
    /// A predicative adjective (`was unclear`).
    Adjective,
    /// Anything else.
    Other,
}

/// Grammatical tense (TimeML `tense`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Tense {
    /// `withdrew`, `was arrested`, `had left`.
    Past,
    /// `says`, `is leaving`, `has left`.
    Present,
    /// `will begin`.
    Future,
    /// `to withdraw`.
    Infinitive,
    /// A present participle without auxiliary: `saying`.
    PresPart,
    /// A past participle without auxiliary: `deployed on January 6`.
    PastPart,
    /// No tense (nouns, modals other than `will`).
    None,
}

display_upper!(Tense {
    Past => "PAST",
    Present => "PRESENT",
    Future => "FUTURE",
    Infinitive => "INFINITIVE",
    PresPart => "PRESPART",
    PastPart => "PASTPART",
    None => "NONE",
});

/// Grammatical aspect (TimeML `aspect`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Aspect {
    /// Simple forms.
    None,
    /// `is leaving`.
    Progressive,
    /// `has left`.
    Perfective,
    /// `has been leaving`.
    PerfectiveProgressive,
}

display_upper!(Aspect {
    None => "NONE",
    Progressive => "PROGRESSIVE",
    Perfective => "PERFECTIVE",
    PerfectiveProgressive => "PERFECTIVE_PROGRESSIVE",
});

/// Polarity (TimeML `polarity`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Polarity {
    /// Affirmed.
    Positive,
    /// Negated: `did not participate`, `no conflict`.
    Negative,
}

display_upper!(Polarity {
    Positive => "POS",
    Negative => "NEG",
});

/// What the text says about whether the event took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// It took place (`withdrew`, `has completed`, `the deployment on
    /// January 6`).
    Happened,
    /// It is going on at the reference time (`are leaving`, `remain`).
    Ongoing,
    /// It is planned or expected (`will begin`, `should be completed by`,
    /// `plans to`, a date after the reference time).
    Planned,
    /// It is only possible or conditional (`could`, `may`, `if`).
    Hypothetical,
    /// It is denied (`did not participate`, `has not appeared`).
    Negated,
    /// The text does not say.
    Unknown,
}

display_upper!(Status {
    Happened => "HAPPENED",
    Ongoing => "ONGOING",
    Planned => "PLANNED",
    Hypothetical => "HYPOTHETICAL",
    Negated => "NEGATED",
    Unknown => "UNKNOWN",
});

/// Which part of a process a mention is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Phase {
    /// The event as a whole.
    #[default]
    Whole,
    /// Its start (`began withdrawing`, `the beginning of the withdrawal`).
    Start,
    /// Its continuation (`continued to`).
    Continue,
    /// Its end (`completed their draw down`, `the end of the mission`).
    End,
}

display_upper!(Phase {
    Whole => "WHOLE",
    Start => "START",
    Continue => "CONTINUE",
    End => "END",
});

/// A coarse meaning shared by synonyms, so that the same event told in
/// different words can be recognised as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SemanticClass {
    /// withdraw, pull out, draw down, leave, depart, pullback.
    Withdraw,
    /// deploy, send, dispatch, arrive, intervene.
    Deploy,
    /// arrest, detain, capture.
    Arrest,
    /// sack, dismiss, fire, oust, remove.
    Dismiss,
    /// appoint, name, nominate.
    Appoint,
    /// resign, step down, retire; a departure from an office.
    Resign,
    /// hand over, transfer, succeed.
    Transfer,
    /// take office, be sworn in.
    TakeOffice,
    /// protest, demonstrate, rally, riot.
    Protest,
    /// clash, fight, attack, seize, loot, coup.
    Clash,
    /// kill, murder.
    Kill,
    /// die, death.
    Die,
    /// injure, wound.
    Injure,
    /// state of emergency, curfew.
    Emergency,
    /// lift, end, revoke (a measure).
    Lift,
    /// impose, declare, introduce (a measure).
    Impose,
    /// ask, request, appeal, plea.
    Request,
    /// speak, speech, address, video, statement.
    Speak,
    /// accuse, charge, blame, suspect.
    Accuse,
    /// investigate, probe.
    Investigate,
    /// sentence, convict, trial.
    Sentence,
    /// release, free, pardon.
    Release,
    /// meet, talks, summit, visit.
    Meet,
    /// agree, sign, deal.
    Agree,
    /// elect, vote.
    Elect,
    /// restore, reopen, stabilise.
    Restore,
    /// announce, declare.
    Announce,
    /// deny, reject.
    Deny,
    /// rule, lead, govern.
    Rule,
    /// complete, accomplish (a mission).
    Complete,
}

/// How an event relates to the time it is anchored to.
///
/// Serialises in snake_case (`on_or_before`); [`fmt::Display`] gives the
/// TIMEX3 `mod`-style spelling (`ON_OR_BEFORE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Relation {
    /// Within the time (`on Wednesday`, `in 2019`).
    On,
    /// By the time (`by next Wednesday`, `within 10 days`; a past event
    /// reported at the time).
    OnOrBefore,
    /// At or after the time.
    OnOrAfter,
    /// Before it (`before Monday`).
    Before,
    /// After it (`after Monday`; a planned event with no date).
    After,
    /// Begins at it and goes on (`since 1991`, `from 1990`).
    Since,
    /// Ends at it (`until Thursday`).
    Until,
    /// Lasts it (`for three decades`).
    During,
}

display_upper!(Relation {
    On => "ON",
    OnOrBefore => "ON_OR_BEFORE",
    OnOrAfter => "ON_OR_AFTER",
    Before => "BEFORE",
    After => "AFTER",
    Since => "SINCE",
    Until => "UNTIL",
    During => "DURING",
});

/// Where an anchor came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AnchorSource {
    /// A temporal expression in the same clause.
    Clause,
    /// A temporal expression elsewhere in the sentence.
    Sentence,
    /// The anchor of the aspectual event that gives this one's phase
    /// (`His withdrawal began on January 13`).
    Phase,
    /// The anchor of the reporting event (`..., the ministry said on
    /// Wednesday`).
    Reported,
    /// The reference time, by tense (present perfect, present, reported
    /// speech, planned events).
    Reference,
    /// The time of the previous sentence's events (simple past narrative).
    Narrative,
}

/// The time an event is tied to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    /// The index of the temporal expression in the list given to
    /// [`Extractor::extract`]; `None` when the anchor is the reference
    /// time.
    pub expression: Option<usize>,
    /// The TIMEX3 value.
    pub value: Value,
    /// How the event relates to it.
    pub relation: Relation,
    /// Where the anchor came from.
    pub how: AnchorSource,
}

/// The role a participant plays in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// Who acted (the subject of an active verb, `by` X of a passive).
    Agent,
    /// On whom (the object; the subject of a passive).
    Patient,
    /// Where (`in Almaty`, `from Kazakhstan`).
    Place,
}

/// What kind of entity a participant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person (`Kassym-Jomart Tokayev`).
    Person,
    /// An organisation (`Collective Security Treaty Organisation`).
    Organization,
    /// A place (`Kazakhstan`).
    Place,
    /// An armed group named by what it is (`Russian troops`, `the
    /// contingent`).
    Group,
    /// A name of unknown kind.
    Other,
}

/// A participant of an event mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// Byte offset of the mention of the participant.
    pub start: usize,
    /// Byte offset one past it.
    pub end: usize,
    /// The text (titles removed: `Kassym-Jomart Tokayev` for `President
    /// Kassym-Jomart Tokayev`).
    pub text: String,
    /// A normalised key, equal for the spellings of one participant in an
    /// article and across articles: a person's folded surname (`tokaev`
    /// for `Tokayev`, `Tokaev`, `Tokajev`), an organisation's acronym
    /// (`csto`), a group's `forces:` and its country (`forces:russia`).
    /// Shared: the participants of one article with one key hold one
    /// string.
    pub key: Arc<str>,
    /// Its kind.
    pub kind: EntityKind,
    /// Its role.
    pub role: Role,
}

/// One event mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventMention {
    /// Byte offset of the trigger's first byte.
    pub start: usize,
    /// Byte offset one past the trigger.
    pub end: usize,
    /// The trigger as written (`withdrawing`, `pull out`).
    pub text: String,
    /// Its lemma (`withdraw`, `pull out`, `state of emergency`). Shared:
    /// the mentions of one word type hold one string.
    pub lemma: Arc<str>,
    /// Its part of speech.
    pub pos: PartOfSpeech,
    /// The meaning it shares with synonyms, when known.
    pub semantic_class: Option<SemanticClass>,
    /// The TimeML class.
    pub class: EventClass,
    /// Tense.
    pub tense: Tense,
    /// Grammatical aspect.
    pub aspect: Aspect,
    /// Polarity.
    pub polarity: Polarity,
    /// The modal verb, if any (`would`, `should`, `could`).
    pub modality: Option<String>,
    /// Whether it happened, is planned, ...
    pub status: Status,
    /// The index (in the returned list) of the reporting event it is
    /// reported by (`said`), for reported speech.
    pub reported_by: Option<usize>,
    /// Which phase of its process this mention is about.
    pub phase: Phase,
    /// For an aspectual mention (`began`, `completed`): the index of the
    /// process mention it gives the phase of.
    pub phase_of: Option<usize>,
    /// The index of the sentence (in [`Segmentation::sentences`]).
    pub sentence: usize,
    /// The byte span of the sentence.
    pub sentence_span: Range<usize>,
    /// Who took part, and how.
    pub participants: Vec<Participant>,
    /// The time it is tied to; `None` when the text gives none.
    pub anchor: Option<Anchor>,
    /// How much a timeline wants it, in 0..=1 (see [`corroborate`] for the
    /// cross-article part).
    pub salience: f32,
}

/// Extractor settings: `Clone + Default`, with chained setters.
///
/// ```
/// use dateline::events::{Config, Model};
/// let config = Config::default().model(Model::bundled()).bias(0.5);
/// assert_eq!(config.get_bias(), 0.5);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Config {
    model: Option<Box<Model>>,
    bias: f32,
}

impl Config {
    /// Uses `model` instead of the bundled one.
    #[must_use]
    pub fn model(mut self, model: Model) -> Self {
        self.model = Some(Box::new(model));
        self
    }

    /// Shifts the trigger decision: positive values find more events
    /// (recall), negative fewer (precision). Default 0.
    #[must_use]
    pub fn bias(mut self, bias: f32) -> Self {
        self.bias = if bias.is_finite() { bias } else { 0.0 };
        self
    }

    /// The bias.
    pub fn get_bias(&self) -> f32 {
        self.bias
    }
}

/// The event extractor. Build once, extract from many texts.
///
/// The bundled model is compiled once per process, the first time an
/// extractor needs it, and shared by every extractor built after (so
/// [`Extractor::default`] is cheap); a model given with [`Config::model`]
/// is compiled by [`Extractor::new`]. Clones share the compiled model.
#[derive(Debug, Clone)]
pub struct Extractor {
    config: Config,
    compiled: Arc<model::Compiled>,
    /// Buffers reused from one text to the next.
    pool: mention::Pool,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new(Config::default())
    }
}

impl Extractor {
    /// Builds an extractor.
    pub fn new(config: Config) -> Extractor {
        let compiled = match &config.model {
            Some(m) => Arc::new(model::Compiled::new(m)),
            None => {
                static BUNDLED: OnceLock<Arc<model::Compiled>> = OnceLock::new();
                Arc::clone(
                    BUNDLED.get_or_init(|| Arc::new(model::Compiled::new(&Model::bundled()))),
                )
            }
        };
        Extractor {
            config,
            compiled,
            pool: mention::Pool::default(),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The event mentions of `text`, given the temporal expressions the
    /// tagger found in it (`expressions`, as returned by
    /// [`Tagger::tag`]; their indices are what [`Anchor::expression`]
    /// refers to) and the reference time they were resolved against.
    pub fn extract(
        &self,
        text: &str,
        expressions: &[Expression],
        reference: Option<ReferenceTime>,
    ) -> Vec<EventMention> {
        self.extract_within(text, expressions, reference, None)
    }

    /// Like [`Extractor::extract`], keeping only mentions whose trigger
    /// lies inside one of the byte ranges `allowed` (an article's body, so
    /// that headlines and boilerplate give no mentions). The whole text is
    /// still read, so that sentences and participants are found in
    /// context. `None` allows everything.
    pub fn extract_within(
        &self,
        text: &str,
        expressions: &[Expression],
        reference: Option<ReferenceTime>,
        allowed: Option<&[Range<usize>]>,
    ) -> Vec<EventMention> {
        mention::extract(self, text, expressions, reference, allowed)
    }

    /// Tags `text` with `tagger` and extracts its events: the temporal
    /// expressions and the event mentions anchored to them.
    pub fn run(
        &self,
        tagger: &Tagger,
        text: &str,
        reference: Option<ReferenceTime>,
    ) -> (Vec<Expression>, Vec<EventMention>) {
        let expressions = tagger.tag(text, reference);
        let events = self.extract(text, &expressions, reference);
        (expressions, events)
    }
}
