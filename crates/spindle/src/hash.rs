//! The hasher of the engine's internal maps: property indexes, Map/Set indexes, element and
//! weak-collection maps, the intern table, global bindings.
//!
//! It is foldhash's fast hasher with a fixed seed (deterministic runs). Keys are small ids,
//! `f64` bit patterns and short code-unit strings; std's SipHash was a measured cost for
//! them (two SipHash lookups per global variable read were a fifth of `fib(30)`,
//! docs/performance.md). The hasher before this one was a single Fx-style multiply per word,
//! which keeps the low bits of its input's low bits: integer-valued `f64`s (whose low
//! mantissa bits are zero) and strided array indices all landed in one bucket, so a `Map`
//! with 200 000 integer keys took 15 s. foldhash finishes with a folded 64×64→128-bit
//! multiply, so every output bit depends on every input bit.

use std::collections::{HashMap, HashSet};

pub type IdBuildHasher = foldhash::fast::FixedState;
pub type IdMap<K, V> = HashMap<K, V, IdBuildHasher>;
pub type IdSet<K> = HashSet<K, IdBuildHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::ordered_table::KeyRepr;
    use crate::object::property::PropertyKey;
    use std::hash::{BuildHasher, Hash};

    fn hash_of<T: Hash>(x: &T) -> u64 {
        IdBuildHasher::default().hash_one(x)
    }

    /// How many of `keys` share a bucket with an earlier key in a table of `1 << bits`
    /// buckets indexed by the hash's low bits (as hashbrown indexes), and how many distinct
    /// 7-bit tags (hashbrown's control bytes, the hash's top bits) they have.
    fn collisions<T: Hash>(keys: impl Iterator<Item = T>, bits: u32) -> (usize, usize) {
        let mut buckets = vec![false; 1 << bits];
        let mut tags = HashSet::new();
        let mut collided = 0;
        for k in keys {
            let h = hash_of(&k);
            let b = (h & ((1 << bits) - 1)) as usize;
            collided += usize::from(std::mem::replace(&mut buckets[b], true));
            tags.insert(h >> 57);
        }
        (collided, tags.len())
    }

    /// 50 000 keys in 2^17 buckets: a random hash puts about 8.5 000 of them in an occupied
    /// bucket (n - m(1 - e^{-n/m})); 12 500 leaves room. The old hasher put all but a handful of the integer,
    /// half-integer and strided keys below into the same few buckets.
    fn assert_spread<T: Hash>(what: &str, keys: impl Iterator<Item = T>) {
        let (collided, tags) = collisions(keys, 17);
        assert!(collided < 12_500, "{what}: {collided} of 50 000 keys collided");
        assert!(tags >= 120, "{what}: only {tags} distinct control tags");
    }

    #[test]
    fn number_keys_spread_over_the_buckets() {
        let num = |x: f64| KeyRepr::of(crate::value::Value::Number(x));
        assert_spread("integers", (0..50_000).map(|i| num(i as f64)));
        assert_spread("halves", (0..50_000).map(|i| num(i as f64 + 0.5)));
        assert_spread("multiples of 1024", (0..50_000).map(|i| num(i as f64 * 1024.0)));
        assert_spread("powers of two scaled", (0..50_000).map(|i| num((i as f64) * 2f64.powi(-20))));
    }

    #[test]
    fn strided_indices_and_ids_spread_over_the_buckets() {
        assert_spread("stride 65536", (0..50_000u32).map(|i| PropertyKey::Index(i.wrapping_mul(65_536) + 1_000_000)));
        assert_spread("stride 7", (0..50_000u32).map(|i| PropertyKey::Index(i * 7)));
        assert_spread("consecutive ids", 0..50_000u32);
        assert_spread("ids stride 4096", (0..50_000u32).map(|i| i.wrapping_mul(4096)));
    }

    #[test]
    fn map_behaves_like_a_map() {
        let mut m: IdMap<u32, u32> = IdMap::default();
        for i in 0..10_000 {
            m.insert(i, i * 2);
        }
        assert!((0..10_000).all(|i| m[&i] == i * 2));
        assert_eq!(m.len(), 10_000);
    }
}
