//! Read-only hash tables keyed by words (byte strings), built once.
//!
//! [`WordTable`] finds an item by its word: the slots hold indices, each
//! item holds its word's first eight bytes and length, so a lookup compares
//! two integers in the item it was after anyway and follows no pointer
//! (words longer than eight bytes compare their tail in one shared array).
//! [`WordMap`] is a map from words to values on it. Both are exact: a lookup
//! compares the bytes, never the hash alone.

use super::lexicon::FxMap;

/// Bytes `at..at + 8` of `b` as a little-endian integer (`b` is at least
/// `at + 8` long).
#[inline]
fn u64_at(b: &[u8], at: usize) -> u64 {
    let mut a = [0u8; 8];
    if let Some(s) = b.get(at..at + 8) {
        a.copy_from_slice(s);
    }
    u64::from_le_bytes(a)
}

/// Bytes `at..at + 4` of `b` as a little-endian integer (`b` is at least
/// `at + 4` long).
#[inline]
fn u32_at(b: &[u8], at: usize) -> u64 {
    let mut a = [0u8; 4];
    if let Some(s) = b.get(at..at + 4) {
        a.copy_from_slice(s);
    }
    u64::from(u32::from_le_bytes(a))
}

/// The first eight bytes of `b`, little-endian, zero-padded: whole loads
/// rather than a loop over the bytes (the loads overlap for lengths that
/// are not powers of two).
#[inline]
pub(crate) fn head8(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 8 {
        u64_at(b, 0)
    } else if n >= 4 {
        u32_at(b, 0) | (u32_at(b, n - 4) << (8 * (n - 4)))
    } else if n > 0 {
        u64::from(b[0])
            | (u64::from(b[n / 2]) << (8 * (n / 2)))
            | (u64::from(b[n - 1]) << (8 * (n - 1)))
    } else {
        0
    }
}

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// [`word_hash`] of a word of `n <= 8` bytes whose [`head8`] is `head`.
#[inline]
pub(crate) fn short_hash(head: u64, n: usize) -> u64 {
    ((n as u64).wrapping_mul(K).rotate_left(5) ^ head).wrapping_mul(K)
}

/// The hash of a word's bytes (a multiplicative hash, eight bytes at a
/// time; the high bits are the well-mixed ones).
#[inline]
pub(crate) fn word_hash(b: &[u8]) -> u64 {
    let n = b.len();
    if n <= 8 {
        return short_hash(head8(b), n);
    }
    let mut h = (n as u64).wrapping_mul(K);
    let mut at = 0;
    while at + 8 < n {
        h = (h.rotate_left(5) ^ u64_at(b, at)).wrapping_mul(K);
        at += 8;
    }
    // The last eight bytes (overlapping the previous chunk).
    (h.rotate_left(5) ^ u64_at(b, n - 8)).wrapping_mul(K)
}

/// Eight bytes at a time (SWAR): each function takes eight bytes as a
/// little-endian integer and answers for each byte in its top bit.
pub(crate) mod swar {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;

    /// Top bit of each byte that is ASCII and in `lo..=hi` (`lo > 0`).
    #[inline]
    pub(crate) fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
        // On the low seven bits no sum carries into the next byte.
        let low = x & !TOPS;
        let at_least_lo = low + ONES * u64::from(0x80 - lo);
        let above_hi = low + ONES * u64::from(0x7f - hi);
        at_least_lo & !above_hi & !x & TOPS
    }

    /// Top bit of each ASCII letter or digit.
    #[inline]
    pub(crate) fn alphanumeric(x: u64) -> u64 {
        in_range(x, b'a', b'z') | in_range(x, b'A', b'Z') | in_range(x, b'0', b'9')
    }

    /// How many bytes, from the first, are ASCII letters or digits (8 if
    /// all are).
    #[inline]
    pub(crate) fn alphanumeric_run(x: u64) -> usize {
        ((!alphanumeric(x) & TOPS).trailing_zeros() / 8) as usize
    }

    /// The bytes lower-cased (ASCII capitals only).
    #[inline]
    pub(crate) fn to_lower(x: u64) -> u64 {
        x | (in_range(x, b'A', b'Z') >> 2)
    }

    /// Whether every byte is ASCII.
    #[inline]
    pub(crate) fn is_ascii(x: u64) -> bool {
        x & TOPS == 0
    }
}

/// Items by their word, found by [`word_hash`]: open addressing with
/// linear probing, built once. The slots hold only indices (four bytes
/// each, so the table stays small enough for the cache); each item carries
/// its word's key (the first eight bytes and the length), so that a lookup
/// reads the slot and the item it wants anyway, and the bytes after the
/// eighth of longer words are in one shared array.
#[derive(Debug, Clone)]
pub(crate) struct WordTable<T> {
    /// Index plus one of the item in each slot (0: empty).
    slots: Vec<u32>,
    items: Vec<T>,
    /// Bytes after the eighth of each word.
    tails: Vec<u8>,
}

impl<T> Default for WordTable<T> {
    fn default() -> Self {
        WordTable {
            slots: Vec::new(),
            items: Vec::new(),
            tails: Vec::new(),
        }
    }
}

/// A word as the table compares it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Key {
    /// The first eight bytes, little-endian, zero-padded.
    head: u64,
    /// The length in bytes.
    len: u32,
    /// Where the bytes after the eighth start in the table's `tails`.
    tail: u32,
}

/// Linear probing from slot `p` for `w` in `slots` (a power-of-two length,
/// at most half full; each slot holds a number plus one, 0 when empty),
/// where `key(i)` is the key of number `i` and `tails` the bytes after the
/// eighth of every word: the number of `w`, or `None`.
#[inline]
fn probe<'k>(
    slots: &[u32],
    tails: &[u8],
    mut p: usize,
    w: &[u8],
    key: impl Fn(usize) -> Option<&'k Key>,
) -> Option<u32> {
    let mask = slots.len().wrapping_sub(1);
    let (head, len) = (head8(w), w.len() as u32);
    loop {
        let id = *slots.get(p)?;
        if id == 0 {
            return None;
        }
        if let Some(k) = key(id as usize - 1)
            && k.head == head
            && k.len == len
            && (len <= 8 || {
                let at = k.tail as usize;
                tails
                    .get(at..at + w.len() - 8)
                    .is_some_and(|t| same_bytes(t, w.get(8..).unwrap_or_default()))
            })
        {
            return Some(id - 1);
        }
        p = (p + 1) & mask;
    }
}

/// An item of a [`WordTable`]: it knows its word's key.
pub(crate) trait HasKey {
    fn key(&self) -> &Key;
}

impl<T: HasKey> WordTable<T> {
    /// The table of `words`, each with the item `make` builds from its key
    /// and value (the `k`-th gets index `k`).
    pub(crate) fn new<'w, V>(
        words: impl ExactSizeIterator<Item = (&'w [u8], V)>,
        make: impl Fn(Key, V) -> T,
    ) -> WordTable<T> {
        let cap = (words.len() * 2).next_power_of_two().max(16);
        let mut t = WordTable {
            slots: vec![0; cap],
            items: Vec::with_capacity(words.len()),
            tails: Vec::new(),
        };
        let mask = cap - 1;
        for (w, v) in words {
            let key = Key {
                head: head8(w),
                len: w.len() as u32,
                tail: t.tails.len() as u32,
            };
            t.tails.extend_from_slice(w.get(8..).unwrap_or_default());
            let mut p = t.start(word_hash(w));
            while t.slots[p] != 0 {
                p = (p + 1) & mask;
            }
            t.items.push(make(key, v));
            t.slots[p] = t.items.len() as u32;
        }
        t
    }

    #[inline]
    fn start(&self, h: u64) -> usize {
        // The length is a power of two of at least 16.
        (h >> (64 - self.slots.len().trailing_zeros())) as usize
    }

    /// The index of the word of at most eight bytes whose bytes, as
    /// [`head8`] gives them, are `head` and whose length is `len`:
    /// [`WordTable::find`] without reading the word again.
    #[inline]
    pub(crate) fn find_short(&self, head: u64, len: usize) -> Option<u32> {
        if self.slots.is_empty() || len > 8 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut p = self.start(short_hash(head, len));
        loop {
            let id = self.slots[p];
            if id == 0 {
                return None;
            }
            if let Some(k) = self.items.get(id as usize - 1).map(HasKey::key)
                && k.head == head
                && k.len as usize == len
            {
                return Some(id - 1);
            }
            p = (p + 1) & mask;
        }
    }

    /// The index of `w`.
    #[inline]
    pub(crate) fn find(&self, w: &[u8]) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        probe(&self.slots, &self.tails, self.start(word_hash(w)), w, |i| {
            self.items.get(i).map(HasKey::key)
        })
    }

    /// The item of `w`.
    #[inline]
    pub(crate) fn get(&self, w: &[u8]) -> Option<&T> {
        self.items.get(self.find(w)? as usize)
    }

    /// The items, by index.
    #[inline]
    pub(crate) fn items(&self) -> &[T] {
        &self.items
    }
}

/// Whether `a` and `b` hold the same bytes, eight at a time (the tails
/// compared here are short: a call to `memcmp` costs more than the
/// comparison).
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut ca, mut cb) = (a.chunks_exact(8), b.chunks_exact(8));
    for (x, y) in (&mut ca).zip(&mut cb) {
        if head8(x) != head8(y) {
            return false;
        }
    }
    // (Equal lengths: [`head8`] of the rests is exact.)
    head8(ca.remainder()) == head8(cb.remainder())
}

/// Words met while reading texts, numbered in the order they were added:
/// a [`WordTable`] that grows (open addressing, linear probing, at most
/// half full), for the words of a text that the model does not know.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordIds {
    /// Number plus one of the word in each slot (0: empty).
    slots: Vec<u32>,
    /// Each word's key and hash, by number.
    keys: Vec<(Key, u64)>,
    /// Bytes after the eighth of each word.
    tails: Vec<u8>,
}

impl WordIds {
    /// How many words it holds.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }

    /// Forgets every word.
    pub(crate) fn clear(&mut self) {
        self.slots.clear();
        self.keys.clear();
        self.tails.clear();
    }

    #[inline]
    fn start(&self, h: u64) -> usize {
        // The length is a power of two of at least 16.
        (h >> (64 - self.slots.len().trailing_zeros())) as usize
    }

    /// The number of `w`, whose [`word_hash`] is `h`.
    #[inline]
    pub(crate) fn find(&self, w: &[u8], h: u64) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        probe(&self.slots, &self.tails, self.start(h), w, |i| {
            self.keys.get(i).map(|(k, _)| k)
        })
    }

    /// Adds `w` (not held yet), whose [`word_hash`] is `h`; returns its
    /// number.
    pub(crate) fn insert(&mut self, w: &[u8], h: u64) -> u32 {
        if (self.keys.len() + 1) * 2 > self.slots.len() {
            let cap = (self.slots.len() * 2).max(64);
            self.slots.clear();
            self.slots.resize(cap, 0);
            for k in 0..self.keys.len() {
                let h = self.keys[k].1;
                self.place(h, k as u32 + 1);
            }
        }
        let key = Key {
            head: head8(w),
            len: w.len() as u32,
            tail: self.tails.len() as u32,
        };
        self.tails.extend_from_slice(w.get(8..).unwrap_or_default());
        self.keys.push((key, h));
        let id = self.keys.len() as u32;
        self.place(h, id);
        id - 1
    }

    /// Puts number plus one `id` in the first free slot from `h`'s.
    fn place(&mut self, h: u64, id: u32) {
        let mask = self.slots.len() - 1;
        let mut p = self.start(h);
        while self.slots.get(p).is_some_and(|&s| s != 0) {
            p = (p + 1) & mask;
        }
        if let Some(s) = self.slots.get_mut(p) {
            *s = id;
        }
    }
}

/// A value with its word's key.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Keyed<V> {
    key: Key,
    value: V,
}

impl<V> HasKey for Keyed<V> {
    fn key(&self) -> &Key {
        &self.key
    }
}

/// A read-only map from words to values.
#[derive(Debug, Clone)]
pub(crate) struct WordMap<V>(WordTable<Keyed<V>>);

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap(WordTable::default())
    }
}

impl<V> WordMap<V> {
    /// The map of `map`'s entries.
    pub(crate) fn new<K: AsRef<[u8]>>(map: FxMap<K, V>) -> WordMap<V> {
        let (keys, values): (Vec<K>, Vec<V>) = map.into_iter().unzip();
        WordMap(WordTable::new(
            keys.iter().map(AsRef::as_ref).zip(values),
            |key, value| Keyed { key, value },
        ))
    }

    /// The value of `w`.
    #[inline]
    pub(crate) fn get(&self, w: &[u8]) -> Option<&V> {
        self.0.get(w).map(|k| &k.value)
    }

    /// Whether `w` has a value.
    #[inline]
    pub(crate) fn contains(&self, w: &[u8]) -> bool {
        self.0.find(w).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swar_agrees_with_bytes() {
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let x = seed;
            let b = x.to_le_bytes();
            let top = |f: &dyn Fn(u8) -> bool| -> u64 {
                b.iter()
                    .enumerate()
                    .map(|(k, &c)| u64::from(f(c)) << (8 * k + 7))
                    .fold(0, |a, m| a | m)
            };
            assert_eq!(swar::alphanumeric(x), top(&|c| c.is_ascii_alphanumeric()));
            assert_eq!(
                swar::alphanumeric_run(x),
                b.iter().take_while(|c| c.is_ascii_alphanumeric()).count()
            );
            assert_eq!(
                swar::in_range(x, b'a', b'z'),
                top(&|c| c.is_ascii_lowercase())
            );
            let lower = u64::from_le_bytes(b.map(|c| c.to_ascii_lowercase()));
            if swar::is_ascii(x) {
                assert_eq!(swar::to_lower(x), lower);
            }
            assert_eq!(swar::is_ascii(x), b.is_ascii());
            let y = x & 0x7f7f_7f7f_7f7f_7f7f;
            let lower = u64::from_le_bytes(y.to_le_bytes().map(|c| c.to_ascii_lowercase()));
            assert_eq!(swar::to_lower(y), lower);
        }
    }

    #[test]
    fn head8_is_the_zero_padded_prefix() {
        let b = b"abcdefghij";
        for n in 0..=b.len() {
            let mut x = 0u64;
            for (k, &c) in b[..n].iter().take(8).enumerate() {
                x |= u64::from(c) << (8 * k);
            }
            assert_eq!(head8(&b[..n]), x, "{n}");
        }
    }

    #[test]
    fn finds_exactly_the_words_it_holds() {
        let words = [
            "a",
            "an",
            "the",
            "withdraw",
            "withdrawal",
            "withdrawals",
            "x\u{2019}s",
            "",
            "ab",
            "abcdefgh",
            "abcdefghi",
            "abcdefghj",
        ];
        let map: FxMap<&str, usize> = words.iter().enumerate().map(|(k, w)| (*w, k)).collect();
        let m = WordMap::new(map);
        for (k, w) in words.iter().enumerate() {
            assert_eq!(m.get(w.as_bytes()), Some(&k), "{w}");
        }
        for w in ["b", "th", "thee", "abcdefghk", "abcdefg", "withdrew", "A"] {
            assert_eq!(m.get(w.as_bytes()), None, "{w}");
        }
        assert!(WordMap::<u8>::default().get(b"a").is_none());
    }

    #[test]
    fn word_ids_number_words_in_order() {
        let mut ids = WordIds::default();
        let words: Vec<String> = (0..500)
            .map(|k| format!("{}{k}", "w".repeat(k % 19)))
            .collect();
        for (k, w) in words.iter().enumerate() {
            let b = w.as_bytes();
            assert_eq!(ids.find(b, word_hash(b)), None, "{w}");
            assert_eq!(ids.insert(b, word_hash(b)), k as u32);
        }
        assert_eq!(ids.len(), words.len());
        for (k, w) in words.iter().enumerate() {
            let b = w.as_bytes();
            assert_eq!(ids.find(b, word_hash(b)), Some(k as u32), "{w}");
        }
        for w in ["x", "wwwwwwwwwwwwwwwwwwww1", "wwwwwwwwwww", ""] {
            assert_eq!(ids.find(w.as_bytes(), word_hash(w.as_bytes())), None, "{w}");
        }
        ids.clear();
        assert_eq!(ids.find(b"w1", word_hash(b"w1")), None);
        assert!(same_bytes(b"abcdefghijk", b"abcdefghijk"));
        assert!(!same_bytes(b"abcdefghijk", b"abcdefghijj"));
        assert!(!same_bytes(b"abc", b"abcd"));
    }
}
