//! Timeline stage tests: merging, ordering, relations, conflicts, the API
//! and the exports on hand-built mentions modelled on the Kazakhstan
//! story; the SemEval-2015 Task 4 reader, writer and scorer.

mod bundled;
mod exports;
mod kazakhstan;
mod props;
mod reasoning;
mod semeval;
mod semeval2015;

use std::path::PathBuf;

use chrono::NaiveDate;
use dateline::timeline::{
    AnchorInput, ArticleInput, MentionInput, PhaseAspect, ReferenceSource, SignalInput, SignalKind,
    SignalTarget, Status,
};

pub(crate) fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, m, d).unwrap_or(NaiveDate::MIN)
}

/// A mention built from its sentence: the sentence sits at byte `base` of
/// its article, the trigger is found in it.
#[derive(Clone)]
pub(crate) struct M {
    pub article: &'static str,
    pub sentence_index: usize,
    pub base: usize,
    pub sentence: &'static str,
    pub trigger: &'static str,
    pub lemma: &'static str,
    pub class: &'static str,
    pub aspect: PhaseAspect,
    pub status: Status,
    pub participants: &'static [&'static str],
    pub anchor: Option<(&'static str, &'static str)>,
    pub salience: f32,
}

impl M {
    pub(crate) fn new(
        article: &'static str,
        sentence_index: usize,
        sentence: &'static str,
        trigger: &'static str,
    ) -> M {
        M {
            article,
            sentence_index,
            base: sentence_index * 1000,
            sentence,
            trigger,
            lemma: "",
            class: "",
            aspect: PhaseAspect::None,
            status: Status::Happened,
            participants: &[],
            anchor: None,
            salience: 0.5,
        }
    }

    pub(crate) fn lemma(mut self, lemma: &'static str, class: &'static str) -> M {
        self.lemma = lemma;
        self.class = class;
        self
    }

    pub(crate) fn aspect(mut self, a: PhaseAspect) -> M {
        self.aspect = a;
        self
    }

    pub(crate) fn status(mut self, s: Status) -> M {
        self.status = s;
        self
    }

    pub(crate) fn who(mut self, p: &'static [&'static str]) -> M {
        self.participants = p;
        self
    }

    pub(crate) fn at(mut self, value: &'static str, text: &'static str) -> M {
        self.anchor = Some((value, text));
        self
    }

    pub(crate) fn salience(mut self, s: f32) -> M {
        self.salience = s;
        self
    }

    /// The trigger's offsets in the article.
    pub(crate) fn span(&self) -> (usize, usize) {
        let at = self.sentence.find(self.trigger).unwrap_or(0);
        (self.base + at, self.base + at + self.trigger.len())
    }

    pub(crate) fn build(&self) -> MentionInput {
        let (start, end) = self.span();
        let anchor = self.anchor.map(|(v, text)| {
            let at = self.sentence.find(text).map(|a| self.base + a);
            let (s, e) = at.map(|a| (a, a + text.len())).unwrap_or((0, 0));
            AnchorInput::new(
                v.parse().unwrap_or(dateline::value::Value::PastRef),
                text,
                s,
                e,
            )
        });
        MentionInput {
            article: self.article.into(),
            start,
            end,
            trigger: self.trigger.into(),
            lemma: self.lemma.into(),
            semantic_class: (!self.class.is_empty()).then(|| self.class.to_string()),
            class: Some("OCCURRENCE".into()),
            aspect: self.aspect,
            status: self.status,
            sentence: self.sentence.into(),
            sentence_index: self.sentence_index,
            sentence_start: Some(self.base),
            participants: self.participants.iter().map(|p| p.to_string()).collect(),
            anchor,
            salience: self.salience,
            ..MentionInput::default()
        }
    }

    /// Adds a signal to the built mention, targeting another `M` (same
    /// article).
    pub(crate) fn with_signal(
        &self,
        kind: SignalKind,
        text: &str,
        target: &M,
        offset: Option<&str>,
    ) -> MentionInput {
        let mut m = self.build();
        let (start, end) = target.span();
        m.signals.push(SignalInput {
            kind,
            text: text.into(),
            target: SignalTarget::Mention { start, end },
            offset: offset.and_then(|o| o.parse().ok()),
        });
        m
    }
}

pub(crate) fn article(id: &str, m: u32, d: u32) -> ArticleInput {
    ArticleInput::new(id, Some(day(m, d)), ReferenceSource::Published)
}

/// A deterministic shuffle (a linear congruential generator).
pub(crate) fn shuffle<T>(v: &mut [T], seed: u64) {
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    for i in (1..v.len()).rev() {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let j = ((x >> 33) as usize) % (i + 1);
        v.swap(i, j);
    }
}

/// The SemEval-2015 Task 4 trial data (`../shared/corpora`), which the
/// SemEval tests need.
pub(crate) fn trial() -> PathBuf {
    let root =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/semeval2015-task4-trial");
    assert!(
        root.is_dir(),
        "{} is missing: the SemEval tests need ../shared/corpora next to the crate",
        root.display()
    );
    root
}
