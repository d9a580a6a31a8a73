//! A fast, non-cryptographic hasher for the engine's internal maps (property indexes, the
//! intern table, global bindings). Their keys are small ids or short code-unit strings, for
//! which std's SipHash was a measured cost: two SipHash lookups per global variable read
//! were a fifth of `fib(30)` (docs/performance.md). The mixing step is FxHash's
//! (rotate, xor, multiply by a large odd constant), which spreads entropy into the high bits
//! hashbrown uses for its control bytes.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl IdHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(SEED);
    }
}

impl Hasher for IdHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u16(&mut self, i: u16) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type IdBuildHasher = BuildHasherDefault<IdHasher>;
pub type IdMap<K, V> = HashMap<K, V, IdBuildHasher>;
pub type IdSet<K> = HashSet<K, IdBuildHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_small_ids_spread_over_the_high_bits() {
        // hashbrown takes its 7 control bits from the top of the hash: consecutive ids must
        // not all share them.
        let tops: HashSet<u64> = (0u32..256)
            .map(|i| {
                let mut h = IdHasher::default();
                h.write_u32(i);
                h.finish() >> 57
            })
            .collect();
        assert!(tops.len() > 64, "only {} distinct top-7-bit patterns", tops.len());
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
