//! Many texts searched at once. Each stem points at the texts that have it, the stems kept sorted
//! so a query word finds every stem it starts in one binary search; the texts found are a set of
//! bits, so a query's words, a category and a language combine by AND over a few hundred words of
//! memory instead of a pass over every text.
use std::collections::HashMap;

use super::{Query, stems, words};

/// A set of texts by their number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bits {
    words: Vec<u64>,
    len: usize,
}

impl Bits {
    /// None of `len` texts.
    pub fn none(len: usize) -> Self {
        Bits { words: vec![0; len.div_ceil(64)], len }
    }

    /// All of `len` texts.
    pub fn all(len: usize) -> Self {
        let mut b = Bits { words: vec![u64::MAX; len.div_ceil(64)], len };
        if !len.is_multiple_of(64)
            && let Some(last) = b.words.last_mut()
        {
            *last = (1u64 << (len % 64)) - 1;
        }
        b
    }

    /// The texts whose numbers are given (numbers past `len` are ignored).
    pub fn of(len: usize, numbers: impl IntoIterator<Item = usize>) -> Self {
        let mut b = Bits::none(len);
        for n in numbers {
            b.insert(n);
        }
        b
    }

    pub fn insert(&mut self, n: usize) {
        if n < self.len {
            self.words[n / 64] |= 1 << (n % 64);
        }
    }

    pub fn contains(&self, n: usize) -> bool {
        n < self.len && self.words[n / 64] & (1 << (n % 64)) != 0
    }

    /// Keep only what `other` has too.
    pub fn and(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
        if other.words.len() < self.words.len() {
            self.words[other.words.len()..].fill(0);
        }
    }

    /// Add what `other` has.
    pub fn or(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
    }

    /// The numbers in the set, smallest first.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(i, w)| {
            let mut w = *w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let bit = w.trailing_zeros() as usize;
                    w &= w - 1;
                    i * 64 + bit
                })
            })
        })
    }
}

/// The stems of many texts, each pointing at the texts (by number, in the order given) that have it.
#[derive(Debug, Default)]
pub struct Inverted {
    stems: Vec<String>,
    texts: Vec<Vec<u32>>,
    len: usize,
}

impl Inverted {
    /// Index the texts; text `n` is found as number `n`. A word met again is not stemmed again.
    pub fn new<S: AsRef<str>>(texts: impl IntoIterator<Item = S>) -> Self {
        // Each stem by a number while indexing; each word met by its stems' numbers.
        let mut numbers: HashMap<String, u32> = HashMap::new();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut known: HashMap<String, Vec<u32>> = HashMap::new();
        let mut len = 0;
        for (n, text) in texts.into_iter().enumerate() {
            let mut own: Vec<u32> = Vec::new();
            for w in words(text.as_ref()) {
                if let Some(ids) = known.get(w) {
                    own.extend(ids);
                    continue;
                }
                let ids: Vec<u32> = stems(w)
                    .into_iter()
                    .map(|s| {
                        let next = numbers.len() as u32;
                        *numbers.entry(s).or_insert_with(|| {
                            postings.push(Vec::new());
                            next
                        })
                    })
                    .collect();
                own.extend(&ids);
                known.insert(w.to_owned(), ids);
            }
            own.sort_unstable();
            own.dedup();
            for s in own {
                postings[s as usize].push(n as u32);
            }
            len = n + 1;
        }
        let mut stems: Vec<(String, u32)> = numbers.into_iter().collect();
        stems.sort_unstable();
        let texts = stems.iter().map(|(_, i)| std::mem::take(&mut postings[*i as usize])).collect();
        Inverted { stems: stems.into_iter().map(|(s, _)| s).collect(), texts, len }
    }

    /// How many texts were indexed.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The texts the query matches: every word of it starts a stem of the text (an empty query
    /// matches every text), as [`Query::matches`] decides for one text.
    pub fn find(&self, q: &Query) -> Bits {
        let mut found = Bits::all(self.len);
        for alternatives in &q.0 {
            let mut word = Bits::none(self.len);
            for a in alternatives {
                let from = self.stems.partition_point(|s| s.as_str() < a.as_str());
                for i in (from..self.stems.len()).take_while(|i| self.stems[*i].starts_with(a.as_str())) {
                    for n in &self.texts[i] {
                        word.insert(*n as usize);
                    }
                }
            }
            found.and(&word);
            if found.is_empty() {
                break;
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::super::index;
    use super::*;

    const TEXTS: [&str; 5] = [
        "Ekonomiskt bistånd – stöd till försörjning",
        "Budget- och skuldrådgivning: hjälp med ekonomisk planering",
        "Bostadsrådgivning för den som riskerar att förlora sitt boende",
        "Financial assistance · المساعدة المالية",
        "",
    ];

    #[test]
    fn finds_what_matching_one_text_at_a_time_finds() {
        let inv = Inverted::new(TEXTS);
        assert_eq!(inv.len(), 5);
        for q in [
            "ekonomi",
            "ekonomiskt bistand",
            "radgivning",
            "skuldradgivning ekonomi",
            "st",
            "financial",
            "مساعدة",
            "zzz",
            "",
            "boende radgivning",
        ] {
            let query = Query::parse(q);
            let one_by_one: Vec<usize> =
                TEXTS.iter().enumerate().filter(|(_, t)| query.matches(&index(t))).map(|(n, _)| n).collect();
            assert_eq!(inv.find(&query).iter().collect::<Vec<_>>(), one_by_one, "{q}");
        }
        assert_eq!(inv.find(&Query::parse("ekonomi")).iter().collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(inv.find(&Query::parse("")).count(), 5, "an empty query finds every text");
    }

    #[test]
    fn bits_combine_and_count_across_word_boundaries() {
        for len in [0, 1, 63, 64, 65, 130] {
            let all = Bits::all(len);
            assert_eq!(all.count(), len);
            assert_eq!(all.iter().collect::<Vec<_>>(), (0..len).collect::<Vec<_>>());
            assert!(Bits::none(len).is_empty());
        }
        let mut a = Bits::of(130, [0, 63, 64, 129, 500]);
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![0, 63, 64, 129], "a number past the end is ignored");
        let b = Bits::of(130, [63, 129, 7]);
        let mut either = a.clone();
        either.or(&b);
        assert_eq!(either.count(), 5);
        a.and(&b);
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![63, 129]);
        assert!(a.contains(129) && !a.contains(0) && !a.contains(999));
    }
}
