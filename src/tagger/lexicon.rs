//! The tagger's word list: every word the grammar looks at, mapped once to a
//! small tag so that the grammar compares integers, never strings.

/// Calendar units as words name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Millennium,
}

/// Named seasons (meteorological, northern hemisphere).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum SeasonName {
    Spring,
    Summer,
    Fall,
    Winter,
}

/// Parts of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Pod {
    Morning,
    Afternoon,
    Evening,
    Night,
    Noon,
    Midnight,
}

/// Holidays whose date is computed from the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Holiday {
    Christmas,
    Easter,
    Thanksgiving,
    Halloween,
    Valentine,
    Boxing,
    /// US Election Day: the Tuesday after the first Monday of November.
    Election,
    /// US Labor Day: the first Monday of September.
    Labor,
    /// US Memorial Day: the last Monday of May.
    Memorial,
    /// US Independence Day: July 4.
    Independence,
}

/// Function words and temporal words the grammar knows by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum W {
    Last,
    Next,
    This,
    That,
    These,
    Those,
    Past,
    Coming,
    Upcoming,
    Previous,
    Prior,
    Following,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Since,
    Recent,
    Recently,
    Lately,
    Current,
    Currently,
    Now,
    Nowadays,
    Today,
    Tonight,
    Tomorrow,
    Yesterday,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Start,
    Fiscal,
    Every,
    Each,
    Per,
    A,
    An,
    The,
    Of,
    In,
    On,
    At,
    From,
    To,
    Until,
    Till,
    Through,
    Between,
    And,
    Or,
    Within,
    For,
    Over,
    During,
    By,
    Around,
    About,
    Some,
    Nearly,
    Almost,
    Roughly,
    Approximately,
    More,
    Than,
    Less,
    Least,
    Up,
    Several,
    Few,
    Couple,
    Dozen,
    Dozens,
    Hundreds,
    Many,
    Half,
    So,
    Same,
    Latest,
    Most,
    Time,
    Times,
    Once,
    Twice,
    Future,
    Previously,
    Formerly,
    Soon,
    Shortly,
    Present,
    Eve,
    New,
    Am,
    Pm,
    Oclock,
    Ahead,
    Annually,
    Daily,
    Weekly,
    Monthly,
    Yearly,
    Hourly,
    Nightly,
    Quarterly,
    Long,
    Old,
    Sometime,
    Hence,
    // Tense cues.
    Will,
    Would,
    Shall,
    Going,
    Is,
    Are,
    Was,
    Were,
    Had,
    Has,
    Have,
    Did,
    Said,
    Says,
    Say,
    Expected,
    Scheduled,
    Due,
    Plans,
    // Sentence words that block a month reading.
    I,
    We,
    You,
    He,
    She,
    It,
    They,
    Not,
    Be,
    Also,
    Still,
    Well,
    Then,
    Full,
    Entire,
    Whole,
    No,
    Its,
    /// `near` (`the near future`).
    Near,
    /// `set` (`set to resume`).
    Set,
    /// A past-tense verb not ending in `-ed` (`began`, `told`).
    PastVerb,
    /// Auxiliaries after which a past form is a participle.
    Aux,
}

/// What the lexicon knows of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) enum Lex {
    /// Not in the lexicon.
    #[default]
    None,
    /// A month, 1 to 12; `abbr` when written short (`Jan`, `Sept`).
    Month { month: u8, abbr: bool },
    /// A weekday, 0 (Monday) to 6; `abbr` when written short.
    Weekday { day: u8, abbr: bool },
    /// A calendar unit; `plural` when plural.
    Unit { unit: Unit, plural: bool },
    /// A cardinal number word (`two`, `twenty`, `hundred`).
    Num(u16),
    /// An ordinal number word (`first`, `third`, `twentieth`).
    Ordinal(u16),
    /// A season name.
    Season(SeasonName),
    /// A part of the day.
    Pod(Pod),
    /// A holiday name.
    Holiday(Holiday),
    /// A named function or temporal word.
    Word(W),
    /// A time zone abbreviation, with its offset from UTC in minutes.
    Zone(i16),
}

/// The compiled lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    /// Open-addressing table: words packed into a `u128` (lower-case ASCII,
    /// zero-padded), so a probe is one integer compare; each key sits with
    /// its value, so a hit reads one slot.
    slots: Vec<(u128, Lex)>,
    mask: usize,
    /// One bit per (length, first letter, last letter) present in the map:
    /// most words of a text are rejected here without hashing.
    filter: Vec<u32>,
}

/// Packs a word of at most [`MAX_WORD`] bytes into a zero-padded `u128`.
#[inline]
fn pack(w: &[u8]) -> u128 {
    let mut b = [0u8; 16];
    for (d, s) in b.iter_mut().zip(w) {
        *d = *s;
    }
    u128::from_le_bytes(b)
}

/// The table slot of a packed word.
#[inline]
fn slot_of(key: u128, mask: usize) -> usize {
    let h =
        ((key as u64) ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 32) as usize & mask
}

/// The filter word and bit of a lower-case ASCII word of 1..=MAX_WORD
/// bytes: one `u32` per (length, first letter), one bit per last letter.
#[inline]
fn filter_bit(w: &[u8]) -> Option<(usize, u32)> {
    let (&f, &l) = (w.first()?, w.last()?);
    let (f, l) = (f.wrapping_sub(b'a'), l.wrapping_sub(b'a'));
    if f >= 26 || l >= 26 || w.len() > MAX_WORD {
        return None;
    }
    Some(((w.len() << 5) | usize::from(f), u32::from(l)))
}

/// Longest word the lexicon holds, in bytes; longer words are never looked up.
pub(crate) const MAX_WORD: usize = 16;

impl Lexicon {
    pub(crate) fn new() -> Self {
        let mut map: Vec<(&'static [u8], Lex)> = Vec::new();
        let mut add = |w: &'static str, l: Lex| {
            map.retain(|(k, _)| *k != w.as_bytes());
            map.push((w.as_bytes(), l));
        };
        const MONTHS: [&str; 12] = crate::value::MONTH_NAMES;
        for (i, m) in MONTHS.iter().enumerate() {
            add(
                m,
                Lex::Month {
                    month: i as u8 + 1,
                    abbr: false,
                },
            );
        }
        for (w, m) in [
            ("jan", 1),
            ("feb", 2),
            ("mar", 3),
            ("apr", 4),
            ("jun", 6),
            ("jul", 7),
            ("aug", 8),
            ("sep", 9),
            ("sept", 9),
            ("oct", 10),
            ("nov", 11),
            ("dec", 12),
        ] {
            add(
                w,
                Lex::Month {
                    month: m,
                    abbr: true,
                },
            );
        }
        for (i, d) in crate::value::WEEKDAY_NAMES.iter().enumerate() {
            add(
                d,
                Lex::Weekday {
                    day: i as u8,
                    abbr: false,
                },
            );
        }
        for (w, d) in [
            ("mon", 0),
            ("tue", 1),
            ("tues", 1),
            ("wed", 2),
            ("thu", 3),
            ("thur", 3),
            ("thurs", 3),
            ("fri", 4),
            ("sat", 5),
            ("sun", 6),
        ] {
            add(w, Lex::Weekday { day: d, abbr: true });
        }
        for (s, p, u) in [
            ("second", "seconds", Unit::Second),
            ("minute", "minutes", Unit::Minute),
            ("hour", "hours", Unit::Hour),
            ("day", "days", Unit::Day),
            ("weekend", "weekends", Unit::Weekend),
            ("week", "weeks", Unit::Week),
            ("fortnight", "fortnights", Unit::Fortnight),
            ("month", "months", Unit::Month),
            ("quarter", "quarters", Unit::Quarter),
            ("year", "years", Unit::Year),
            ("decade", "decades", Unit::Decade),
            ("century", "centuries", Unit::Century),
            ("millennium", "millennia", Unit::Millennium),
        ] {
            add(
                s,
                Lex::Unit {
                    unit: u,
                    plural: false,
                },
            );
            add(
                p,
                Lex::Unit {
                    unit: u,
                    plural: true,
                },
            );
        }
        add(
            "yr",
            Lex::Unit {
                unit: Unit::Year,
                plural: false,
            },
        );
        add(
            "yrs",
            Lex::Unit {
                unit: Unit::Year,
                plural: true,
            },
        );
        add(
            "hrs",
            Lex::Unit {
                unit: Unit::Hour,
                plural: true,
            },
        );
        add(
            "mins",
            Lex::Unit {
                unit: Unit::Minute,
                plural: true,
            },
        );
        add(
            "millenniums",
            Lex::Unit {
                unit: Unit::Millennium,
                plural: true,
            },
        );
        for (w, n) in [
            ("zero", 0),
            ("one", 1),
            ("two", 2),
            ("three", 3),
            ("four", 4),
            ("five", 5),
            ("six", 6),
            ("seven", 7),
            ("eight", 8),
            ("nine", 9),
            ("ten", 10),
            ("eleven", 11),
            ("twelve", 12),
            ("thirteen", 13),
            ("fourteen", 14),
            ("fifteen", 15),
            ("sixteen", 16),
            ("seventeen", 17),
            ("eighteen", 18),
            ("nineteen", 19),
            ("twenty", 20),
            ("thirty", 30),
            ("forty", 40),
            ("fifty", 50),
            ("sixty", 60),
            ("seventy", 70),
            ("eighty", 80),
            ("ninety", 90),
            ("hundred", 100),
            ("thousand", 1000),
        ] {
            add(w, Lex::Num(n));
        }
        for (w, n) in [
            ("first", 1),
            ("second", 2),
            ("third", 3),
            ("fourth", 4),
            ("fifth", 5),
            ("sixth", 6),
            ("seventh", 7),
            ("eighth", 8),
            ("ninth", 9),
            ("tenth", 10),
            ("eleventh", 11),
            ("twelfth", 12),
            ("thirteenth", 13),
            ("fourteenth", 14),
            ("fifteenth", 15),
            ("sixteenth", 16),
            ("seventeenth", 17),
            ("eighteenth", 18),
            ("nineteenth", 19),
            ("twentieth", 20),
            ("thirtieth", 30),
        ] {
            // "second" is both a unit and an ordinal; the ordinal reading is
            // chosen by the grammar from context, so keep the unit entry.
            if w != "second" {
                add(w, Lex::Ordinal(n));
            }
        }
        for (w, s) in [
            ("spring", SeasonName::Spring),
            ("summer", SeasonName::Summer),
            ("fall", SeasonName::Fall),
            ("autumn", SeasonName::Fall),
            ("winter", SeasonName::Winter),
            ("springtime", SeasonName::Spring),
            ("summertime", SeasonName::Summer),
            ("wintertime", SeasonName::Winter),
        ] {
            add(w, Lex::Season(s));
        }
        for (w, p) in [
            ("morning", Pod::Morning),
            ("mornings", Pod::Morning),
            ("afternoon", Pod::Afternoon),
            ("afternoons", Pod::Afternoon),
            ("evening", Pod::Evening),
            ("evenings", Pod::Evening),
            ("night", Pod::Night),
            ("nights", Pod::Night),
            ("overnight", Pod::Night),
            ("noon", Pod::Noon),
            ("midday", Pod::Noon),
            ("midnight", Pod::Midnight),
        ] {
            add(w, Lex::Pod(p));
        }
        for (w, h) in [
            ("christmas", Holiday::Christmas),
            ("xmas", Holiday::Christmas),
            ("easter", Holiday::Easter),
            ("thanksgiving", Holiday::Thanksgiving),
            ("halloween", Holiday::Halloween),
            ("valentine", Holiday::Valentine),
            ("boxing", Holiday::Boxing),
            ("election", Holiday::Election),
            ("labor", Holiday::Labor),
            ("memorial", Holiday::Memorial),
            ("independence", Holiday::Independence),
        ] {
            add(w, Lex::Holiday(h));
        }
        for (w, z) in [
            ("gmt", 0),
            ("utc", 0),
            ("est", -300),
            ("edt", -240),
            ("cst", -360),
            ("cdt", -300),
            ("mst", -420),
            ("mdt", -360),
            ("pst", -480),
            ("pdt", -420),
            ("bst", 60),
            ("cet", 60),
            ("cest", 120),
            ("msk", 180),
        ] {
            add(w, Lex::Zone(z));
        }
        use W::*;
        for (w, x) in [
            ("last", Last),
            ("next", Next),
            ("this", This),
            ("that", That),
            ("these", These),
            ("those", Those),
            ("past", Past),
            ("coming", Coming),
            ("upcoming", Upcoming),
            ("previous", Previous),
            ("prior", Prior),
            ("preceding", Previous),
            ("following", Following),
            ("ago", Ago),
            ("earlier", Earlier),
            ("later", Later),
            ("before", Before),
            ("after", After),
            ("since", Since),
            ("recent", Recent),
            ("recently", Recently),
            ("lately", Lately),
            ("current", Current),
            ("currently", Currently),
            ("now", Now),
            ("nowadays", Nowadays),
            ("today", Today),
            ("tonight", Tonight),
            ("tomorrow", Tomorrow),
            ("yesterday", Yesterday),
            ("early", Early),
            ("late", Late),
            ("mid", Mid),
            ("middle", Middle),
            ("end", End),
            ("beginning", Beginning),
            ("start", Start),
            ("fiscal", Fiscal),
            ("every", Every),
            ("each", Each),
            ("per", Per),
            ("a", A),
            ("an", An),
            ("the", The),
            ("of", Of),
            ("in", In),
            ("on", On),
            ("at", At),
            ("from", From),
            ("to", To),
            ("until", Until),
            ("till", Till),
            ("through", Through),
            ("between", Between),
            ("and", And),
            ("or", Or),
            ("within", Within),
            ("for", For),
            ("over", Over),
            ("during", During),
            ("by", By),
            ("around", Around),
            ("about", About),
            ("some", Some),
            ("nearly", Nearly),
            ("almost", Almost),
            ("roughly", Roughly),
            ("approximately", Approximately),
            ("more", More),
            ("than", Than),
            ("less", Less),
            ("fewer", Less),
            ("least", Least),
            ("up", Up),
            ("several", Several),
            ("few", Few),
            ("couple", Couple),
            ("dozen", Dozen),
            ("dozens", Dozens),
            ("hundreds", Hundreds),
            ("many", Many),
            ("half", Half),
            ("so", So),
            ("same", Same),
            ("latest", Latest),
            ("most", Most),
            ("time", Time),
            ("times", Times),
            ("once", Once),
            ("twice", Twice),
            ("future", Future),
            ("previously", Previously),
            ("formerly", Formerly),
            ("soon", Soon),
            ("shortly", Shortly),
            ("present", Present),
            ("eve", Eve),
            ("new", New),
            ("am", Am),
            ("pm", Pm),
            ("ahead", Ahead),
            ("annually", Annually),
            ("daily", Daily),
            ("weekly", Weekly),
            ("monthly", Monthly),
            ("yearly", Yearly),
            ("hourly", Hourly),
            ("nightly", Nightly),
            ("quarterly", Quarterly),
            ("long", Long),
            ("old", Old),
            ("sometime", Sometime),
            ("hence", Hence),
            ("will", Will),
            ("would", Would),
            ("shall", Shall),
            ("going", Going),
            ("is", Is),
            ("are", Are),
            ("was", Was),
            ("were", Were),
            ("had", Had),
            ("has", Has),
            ("have", Have),
            ("did", Did),
            ("said", Said),
            ("says", Says),
            ("say", Say),
            ("expected", Expected),
            ("expects", Expected),
            ("expect", Expected),
            ("scheduled", Scheduled),
            ("due", Due),
            ("plans", Plans),
            ("plan", Plans),
            ("planned", Plans),
            ("i", I),
            ("we", We),
            ("you", You),
            ("he", He),
            ("she", She),
            ("it", It),
            ("they", They),
            ("not", Not),
            ("be", Be),
            ("also", Also),
            ("still", Still),
            ("well", Well),
            ("then", Then),
            ("full", Full),
            ("entire", Entire),
            ("whole", Whole),
            ("o", Oclock),
            ("arose", PastVerb),
            ("ate", PastVerb),
            ("became", PastVerb),
            ("began", PastVerb),
            ("bought", PastVerb),
            ("broke", PastVerb),
            ("brought", PastVerb),
            ("built", PastVerb),
            ("came", PastVerb),
            ("caught", PastVerb),
            ("chose", PastVerb),
            ("drew", PastVerb),
            ("drove", PastVerb),
            ("fell", PastVerb),
            ("felt", PastVerb),
            ("fled", PastVerb),
            ("flew", PastVerb),
            ("forgot", PastVerb),
            ("fought", PastVerb),
            ("found", PastVerb),
            ("froze", PastVerb),
            ("gave", PastVerb),
            ("got", PastVerb),
            ("grew", PastVerb),
            ("heard", PastVerb),
            ("held", PastVerb),
            ("hid", PastVerb),
            ("kept", PastVerb),
            ("knew", PastVerb),
            ("lay", PastVerb),
            ("led", PastVerb),
            ("left", PastVerb),
            ("lost", PastVerb),
            ("made", PastVerb),
            ("meant", PastVerb),
            ("met", PastVerb),
            ("oversaw", PastVerb),
            ("overthrew", PastVerb),
            ("paid", PastVerb),
            ("ran", PastVerb),
            ("rang", PastVerb),
            ("rode", PastVerb),
            ("rose", PastVerb),
            ("sang", PastVerb),
            ("sank", PastVerb),
            ("sat", PastVerb),
            ("saw", PastVerb),
            ("sent", PastVerb),
            ("shot", PastVerb),
            ("slid", PastVerb),
            ("sold", PastVerb),
            ("sought", PastVerb),
            ("spent", PastVerb),
            ("spoke", PastVerb),
            ("stood", PastVerb),
            ("struck", PastVerb),
            ("swam", PastVerb),
            ("swore", PastVerb),
            ("taught", PastVerb),
            ("thought", PastVerb),
            ("threw", PastVerb),
            ("told", PastVerb),
            ("took", PastVerb),
            ("tore", PastVerb),
            ("understood", PastVerb),
            ("undertook", PastVerb),
            ("went", PastVerb),
            ("withdrew", PastVerb),
            ("woke", PastVerb),
            ("won", PastVerb),
            ("wore", PastVerb),
            ("wrote", PastVerb),
            ("been", Aux),
            ("being", Aux),
            ("get", Aux),
            ("gets", Aux),
            ("got", Aux),
            ("having", Aux),
            ("no", No),
            ("near", Near),
            ("set", Set),
            ("its", Its),
        ] {
            add(w, Lex::Word(x));
        }
        let mut filter = vec![0u32; (MAX_WORD + 1) << 5];
        let size = (map.len() * 4).next_power_of_two();
        let mut slots = vec![(0u128, Lex::None); size];
        for (k, v) in &map {
            if let Option::Some((w, bit)) = filter_bit(k) {
                filter[w] |= 1 << bit;
            }
            let key = pack(k);
            let mut slot = slot_of(key, size - 1);
            while slots[slot].0 != 0 {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = (key, *v);
        }
        Lexicon {
            slots,
            mask: size - 1,
            filter,
        }
    }

    /// Whether a word of `len` bytes with these first and last bytes (any
    /// case) may be in the lexicon.
    #[inline]
    pub(crate) fn may_contain(&self, len: usize, first: u8, last: u8) -> bool {
        // Setting bit 5 lower-cases a letter; only a letter then lands in
        // `a..=z`, and the rows and bits past `z` (26 to 31) are empty, so
        // any other byte is rejected. A length past MAX_WORD falls off the
        // end of the table.
        let (f, l) = (
            (first | 0x20).wrapping_sub(b'a'),
            (last | 0x20).wrapping_sub(b'a'),
        );
        if (f | l) >= 32 {
            return false;
        }
        self.filter
            .get((len << 5) | usize::from(f))
            .is_some_and(|w| (w >> l) & 1 != 0)
    }

    /// Looks up a lower-case word of 1..=[`MAX_WORD`] bytes packed into a
    /// zero-padded `u128` (little-endian: first byte lowest).
    #[inline]
    pub(crate) fn get_packed(&self, key: u128) -> Lex {
        let mut slot = slot_of(key, self.mask);
        loop {
            match self.slots.get(slot) {
                Some(&(k, v)) if k == key => return v,
                Some(&(0, _)) | None => return Lex::None,
                Some(_) => slot = (slot + 1) & self.mask,
            }
        }
    }
}
