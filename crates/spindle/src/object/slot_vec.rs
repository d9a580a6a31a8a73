//! The values of an object's named properties in fast mode (`PropertyMap`): up to
//! [`INLINE_SLOTS`] inside the object's record, more in a vector of their own.
//!
//! Why inline: most objects have one or two named properties (iterator results, arrow
//! functions' `length` and `name`, `{a, b}` records, a `Promise.all` element's resolve
//! function, a tree's `{left, right}`), and each was an object record plus a separately
//! allocated vector: a `malloc`, a `free` at the sweep, and for the collector a second
//! cache miss per object. Splay's hundred runs took 466–486 ms with separate vectors and
//! 378–406 ms with two inline slots (docs/performance.md, issue 19 fifteenth part).
//!
//! Why this enum and not `smallvec`: `SmallVec` has no spare bit pattern, so the property
//! map's dictionary variant needed a tag word of its own and the object record grew to 88
//! bytes; this enum's tag byte leaves the map 32 bytes and the record 80.

use crate::value::Packed;
use thin_vec::ThinVec;

/// Slots an object in fast mode holds without an allocation.
pub const INLINE_SLOTS: usize = 2;

pub enum SlotVec {
    /// `len` slots of `slots` are in use.
    Inline { len: u8, slots: [Packed; INLINE_SLOTS] },
    /// More slots than fit inline (or a vector with room for more, from a pool).
    Heap(ThinVec<Packed>),
}

const _: () = assert!(std::mem::size_of::<SlotVec>() == 24);

impl Default for SlotVec {
    fn default() -> Self {
        SlotVec::new()
    }
}

impl SlotVec {
    #[inline]
    pub const fn new() -> SlotVec {
        SlotVec::Inline { len: 0, slots: [Packed::UNDEFINED; INLINE_SLOTS] }
    }

    /// Two slots, inline: written as one value rather than pushed one by one (each push
    /// also stores the length byte, and the record holding them is then copied whole).
    #[inline]
    pub const fn pair(a: Packed, b: Packed) -> SlotVec {
        SlotVec::Inline { len: 2, slots: [a, b] }
    }

    /// Room for `n` slots: inline when they fit.
    #[inline]
    pub fn with_capacity(n: usize) -> SlotVec {
        if n <= INLINE_SLOTS { SlotVec::new() } else { SlotVec::Heap(ThinVec::with_capacity(n)) }
    }

    /// Slots held before the next push needs more room.
    #[inline]
    pub fn capacity(&self) -> usize {
        match self {
            SlotVec::Inline { .. } => INLINE_SLOTS,
            SlotVec::Heap(v) => v.capacity(),
        }
    }

    /// Whether the slots live in a vector of their own.
    #[inline]
    pub fn spilled(&self) -> bool {
        matches!(self, SlotVec::Heap(_))
    }

    /// Bytes the slots own outside the object's record.
    #[inline]
    pub fn heap_bytes(&self) -> usize {
        match self {
            SlotVec::Inline { .. } => 0,
            SlotVec::Heap(v) => v.capacity() * std::mem::size_of::<Packed>(),
        }
    }

    /// Makes room for `additional` more slots, exactly (moving inline slots out when they
    /// would no longer fit).
    pub fn reserve_exact(&mut self, additional: usize) {
        match self {
            SlotVec::Inline { len, slots } => {
                let len = *len as usize;
                if len + additional > INLINE_SLOTS {
                    let mut v = ThinVec::with_capacity(len + additional);
                    v.extend_from_slice(&slots[..len]);
                    *self = SlotVec::Heap(v);
                }
            }
            SlotVec::Heap(v) => v.reserve_exact(additional),
        }
    }

    #[inline]
    pub fn push(&mut self, value: Packed) {
        match self {
            SlotVec::Inline { len, slots } if (*len as usize) < INLINE_SLOTS => {
                slots[*len as usize] = value;
                *len += 1;
            }
            SlotVec::Inline { .. } => {
                self.reserve_exact(INLINE_SLOTS);
                self.push(value);
            }
            SlotVec::Heap(v) => v.push(value),
        }
    }

    /// Slot `i`, which the object's shape says is in use (an inline cache's read): one
    /// check of where the slots are, without the slice's length.
    #[inline(always)]
    pub fn at(&self, i: usize) -> Packed {
        match self {
            SlotVec::Inline { slots, .. } => slots[i],
            SlotVec::Heap(v) => v[i],
        }
    }

    /// Writes slot `i`, which the object's shape says is in use.
    #[inline(always)]
    pub fn set(&mut self, i: usize, value: Packed) {
        match self {
            SlotVec::Inline { slots, .. } => slots[i] = value,
            SlotVec::Heap(v) => v[i] = value,
        }
    }

    /// Empties the slots, keeping a vector's room (a pooled vector's reuse).
    pub fn clear(&mut self) {
        match self {
            SlotVec::Inline { len, .. } => *len = 0,
            SlotVec::Heap(v) => v.clear(),
        }
    }
}

impl std::ops::Deref for SlotVec {
    type Target = [Packed];
    #[inline(always)]
    fn deref(&self) -> &[Packed] {
        match self {
            SlotVec::Inline { len, slots } => &slots[..*len as usize],
            SlotVec::Heap(v) => v,
        }
    }
}

impl std::ops::DerefMut for SlotVec {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Packed] {
        match self {
            SlotVec::Inline { len, slots } => &mut slots[..*len as usize],
            SlotVec::Heap(v) => v,
        }
    }
}

impl Extend<Packed> for SlotVec {
    fn extend<I: IntoIterator<Item = Packed>>(&mut self, iter: I) {
        let iter = iter.into_iter();
        let (lower, _) = iter.size_hint();
        if self.len() + lower > self.capacity() {
            self.reserve_exact(self.len() + lower - self.capacity());
        }
        for v in iter {
            self.push(v);
        }
    }
}

impl FromIterator<Packed> for SlotVec {
    fn from_iter<I: IntoIterator<Item = Packed>>(iter: I) -> Self {
        let mut s = SlotVec::new();
        s.extend(iter);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    fn n(i: usize) -> Packed {
        Packed::new(Value::Number(i as f64))
    }

    #[test]
    fn slots_move_out_of_line_past_the_inline_room_and_keep_their_order() {
        let mut s = SlotVec::new();
        for i in 0..INLINE_SLOTS {
            s.push(n(i));
            assert!(!s.spilled());
            assert_eq!(s.heap_bytes(), 0);
        }
        s.push(n(INLINE_SLOTS));
        assert!(s.spilled());
        assert_eq!(s.heap_bytes(), s.capacity() * 8);
        assert_eq!(
            s.iter().map(|p| p.get()).collect::<Vec<_>>(),
            (0..=INLINE_SLOTS).map(|i| n(i).get()).collect::<Vec<_>>()
        );
        s[1] = n(7);
        assert_eq!(s[1].get(), Value::Number(7.0));
    }

    #[test]
    fn reserve_exact_gives_exactly_the_room_asked_for() {
        let mut s = SlotVec::new();
        s.push(n(0));
        s.reserve_exact(4);
        assert!(s.spilled());
        assert_eq!(s.capacity(), 5);
        assert_eq!(s.len(), 1);
        let mut t = SlotVec::new();
        t.reserve_exact(INLINE_SLOTS);
        assert!(!t.spilled(), "room that fits inline stays inline");
        let c: SlotVec = (0..5).map(n).collect();
        assert_eq!(c.len(), 5);
        let mut cleared = c;
        cleared.clear();
        assert!(cleared.is_empty() && cleared.capacity() >= 5, "a cleared vector keeps its room");
    }
}
