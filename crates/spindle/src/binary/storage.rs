//! Byte storage of ArrayBuffer (ECMA-262 §25.1) and SharedArrayBuffer (§25.2) objects.
//!
//! An ArrayBuffer's bytes are a `Vec<u8>` owned by its object record (outside the arena
//! slot, counted by `Object::owned_bytes`), dropped when the collector frees the buffer or
//! replaced by `None` when the buffer is detached.
//!
//! A SharedArrayBuffer's bytes are a [`SharedBlock`] behind an `Arc`, so that the workers
//! issue can hand the same block to another agent's heap. Safe Rust may not race on plain
//! memory, so the block is a slice of `AtomicU64` words: plain reads and writes are
//! relaxed per-byte loads and compare-exchange loops on the containing word (racing
//! non-atomic accesses are allowed to tear by the memory model, ECMA-262 §29, but never
//! clobber a neighbouring byte), and the Atomics operations are sequentially consistent
//! read-modify-writes on the word that holds the (always naturally aligned) element.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// An ArrayBuffer's internal slots.
pub struct ArrayBufferData {
    /// [[ArrayBufferData]]; `None` once detached (IsDetachedBuffer).
    pub bytes: Option<Vec<u8>>,
    /// [[ArrayBufferMaxByteLength]]; `Some` for a resizable buffer.
    pub max_byte_length: Option<usize>,
}

impl ArrayBufferData {
    /// [[ArrayBufferByteLength]] (0 when detached).
    #[inline]
    pub fn byte_length(&self) -> usize {
        self.bytes.as_ref().map_or(0, Vec::len)
    }
}

/// A shared data block (ECMA-262 §6.2.9 CreateSharedByteDataBlock) with its current length.
/// A growable block is allocated at its maximum length, so growing never moves it.
pub struct SharedBlock {
    words: Box<[AtomicU64]>,
    /// [[ArrayBufferByteLength]]: only grows, read and written sequentially consistently.
    byte_length: AtomicUsize,
    /// [[ArrayBufferMaxByteLength]]; `Some` for a growable buffer.
    pub max_byte_length: Option<usize>,
    /// The block's WaiterLists (Atomics.wait / waitAsync / notify).
    pub waiters: super::waiters::WaiterLists,
}

impl SharedBlock {
    /// A zeroed block of `len` bytes with room for `max` (growable) or exactly `len`.
    /// `None` when the memory cannot be had.
    pub fn new(len: usize, max: Option<usize>) -> Option<Arc<SharedBlock>> {
        let cap = max.unwrap_or(len);
        let nwords = cap.div_ceil(8);
        let mut words = Vec::new();
        words.try_reserve_exact(nwords).ok()?;
        words.resize_with(nwords, || AtomicU64::new(0));
        Some(Arc::new(SharedBlock {
            words: words.into_boxed_slice(),
            byte_length: AtomicUsize::new(len),
            max_byte_length: max,
            waiters: Default::default(),
        }))
    }

    /// ArrayBufferByteLength(buffer, seq-cst).
    #[inline]
    pub fn byte_length(&self) -> usize {
        self.byte_length.load(Ordering::SeqCst)
    }

    /// Bytes allocated for the block (its maximum length for a growable one).
    pub fn capacity(&self) -> usize {
        self.words.len() * 8
    }

    /// SharedArrayBuffer.prototype.grow's length update (ECMA-262 §25.2.5.3 steps 7-12):
    /// compare-and-exchange so a racing grow to a smaller length cannot shrink the block.
    /// Returns false when `new_len` is smaller than the current length.
    pub fn grow(&self, new_len: usize) -> bool {
        let mut cur = self.byte_length.load(Ordering::SeqCst);
        loop {
            if new_len < cur {
                return false;
            }
            if new_len == cur {
                return true;
            }
            match self.byte_length.compare_exchange(cur, new_len, Ordering::SeqCst, Ordering::SeqCst) {
                Ok(_) => return true,
                Err(now) => cur = now,
            }
        }
    }

    /// Reads one byte (an unordered access).
    #[inline]
    pub fn load_byte(&self, i: usize) -> u8 {
        (self.words[i / 8].load(Ordering::Relaxed) >> ((i % 8) * 8)) as u8
    }

    /// Writes one byte without touching its neighbours (an unordered access).
    #[inline]
    pub fn store_byte(&self, i: usize, b: u8) {
        let shift = (i % 8) * 8;
        let mask = !(0xffu64 << shift);
        let _ = self.words[i / 8]
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |w| Some((w & mask) | ((b as u64) << shift)));
    }

    /// Copies `out.len()` bytes starting at `offset` into `out`.
    pub fn read(&self, offset: usize, out: &mut [u8]) {
        for (k, b) in out.iter_mut().enumerate() {
            *b = self.load_byte(offset + k);
        }
    }

    /// Copies `src` into the block starting at `offset`.
    pub fn write(&self, offset: usize, src: &[u8]) {
        for (k, &b) in src.iter().enumerate() {
            self.store_byte(offset + k, b);
        }
    }

    /// The lane of an aligned `size`-byte element at byte `offset`: (word, shift, mask).
    #[inline]
    fn lane(&self, offset: usize, size: usize) -> (&AtomicU64, u32, u64) {
        debug_assert!(offset.is_multiple_of(size), "Atomics elements are naturally aligned");
        let shift = ((offset % 8) * 8) as u32;
        let mask = if size == 8 { u64::MAX } else { ((1u64 << (size * 8)) - 1) << shift };
        (&self.words[offset / 8], shift, mask)
    }

    /// A sequentially consistent read of the little-endian `size`-byte element at `offset`.
    pub fn atomic_load(&self, offset: usize, size: usize) -> u64 {
        let (w, shift, mask) = self.lane(offset, size);
        (w.load(Ordering::SeqCst) & mask) >> shift
    }

    /// A sequentially consistent read-modify-write of the element at `offset`: stores
    /// `op(old)` (truncated to the element) and returns the old element bits.
    pub fn atomic_rmw(&self, offset: usize, size: usize, op: impl Fn(u64) -> u64) -> u64 {
        let (w, shift, mask) = self.lane(offset, size);
        let prev = w
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |word| {
                let old = (word & mask) >> shift;
                Some((word & !mask) | ((op(old) << shift) & mask))
            })
            .unwrap_or_else(|w| w);
        (prev & mask) >> shift
    }

    /// A sequentially consistent compare-exchange of the element at `offset`: writes
    /// `replacement` when the element equals `expected`; returns the old element bits.
    pub fn atomic_compare_exchange(&self, offset: usize, size: usize, expected: u64, replacement: u64) -> u64 {
        self.atomic_rmw(offset, size, |old| if old == expected { replacement } else { old })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_writes_keep_neighbours() {
        let b = SharedBlock::new(16, None).unwrap();
        b.write(3, &[1, 2, 3, 4, 5, 6, 7]);
        b.store_byte(5, 0xaa);
        let mut out = [0u8; 9];
        b.read(2, &mut out);
        assert_eq!(out, [0, 1, 2, 0xaa, 4, 5, 6, 7, 0]);
    }

    #[test]
    fn atomics_touch_only_their_lane() {
        let b = SharedBlock::new(16, None).unwrap();
        b.write(0, &[0xff; 16]);
        let old = b.atomic_rmw(4, 2, |x| x.wrapping_add(1));
        assert_eq!(old, 0xffff);
        assert_eq!(b.atomic_load(4, 2), 0);
        assert_eq!(b.atomic_load(6, 2), 0xffff);
        assert_eq!(b.atomic_load(0, 4), 0xffff_ffff);
        assert_eq!(b.atomic_compare_exchange(8, 8, u64::MAX, 7), u64::MAX);
        assert_eq!(b.atomic_load(8, 8), 7);
    }

    #[test]
    fn growth_is_monotonic_and_bounded_by_the_allocation() {
        let b = SharedBlock::new(4, Some(20)).unwrap();
        assert_eq!(b.capacity(), 24);
        assert!(b.grow(12));
        assert!(!b.grow(8));
        assert_eq!(b.byte_length(), 12);
    }

    #[test]
    fn threads_adding_concurrently_lose_no_update() {
        let b = SharedBlock::new(8, None).unwrap();
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let b = b.clone();
                std::thread::spawn(move || {
                    for _ in 0..10_000 {
                        b.atomic_rmw(4, 4, |x| x + 1);
                        b.atomic_rmw(0, 1, |x| x + 1);
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(b.atomic_load(4, 4), 40_000);
        assert_eq!(b.atomic_load(0, 1), 40_000 % 256);
    }
}
