//! The register file: every frame's registers, one window above the other, in one block of
//! fixed size.
//!
//! Why a fixed block: the interpreter reads and writes a register several times per
//! instruction. With a `Vec`, each access loaded the vector's pointer and length back from
//! the engine (any instruction may call out and grow it) and checked the bound: a fifth of
//! Richards' instructions were those checks. A block of `CAPACITY` cells indexed modulo
//! `CAPACITY` (a power of two) needs no bound check, and its address never changes. The
//! bound is checked where windows are opened instead: no window ends past
//! [`MAX_STACK_VALUES`](super::MAX_STACK_VALUES), which is below `CAPACITY`, so the modulo
//! never wraps.
//!
//! The cells are raw `u64` (a [`Packed`] value's bits): a zeroed block comes from the
//! allocator's zeroed pages, so the 32 MB are only address space until a deep recursion
//! touches them. Cells above `top` hold stale values; a window is filled when it opens.

use crate::value::Packed;

/// Cells in the block (32 MB of address space).
pub const CAPACITY: usize = 1 << 22;
const MASK: usize = CAPACITY - 1;

pub struct RegisterFile {
    cells: Box<[u64; CAPACITY]>,
    /// The end of the highest window (what `Vec::len` was).
    top: usize,
}

impl RegisterFile {
    pub fn new() -> RegisterFile {
        let cells: Box<[u64]> = vec![0u64; CAPACITY].into_boxed_slice();
        let cells: Box<[u64; CAPACITY]> = cells.try_into().unwrap_or_else(|_| unreachable!("CAPACITY cells"));
        RegisterFile { cells, top: 0 }
    }

    #[inline(always)]
    pub fn at(&self, i: usize) -> Packed {
        debug_assert!(i < CAPACITY);
        Packed::from_bits(self.cells[i & MASK])
    }

    #[inline(always)]
    pub fn put(&mut self, i: usize, v: Packed) {
        debug_assert!(i < CAPACITY);
        self.cells[i & MASK] = v.to_bits();
    }

    /// The end of the highest window.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.top
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.top == 0
    }

    /// Drops the windows above `top`.
    #[inline(always)]
    pub fn truncate(&mut self, top: usize) {
        self.top = self.top.min(top);
    }

    /// Opens cells up to `top` (at most [`CAPACITY`]), all `undefined`.
    #[inline(always)]
    pub fn grow_to(&mut self, top: usize) {
        debug_assert!(top <= CAPACITY);
        let from = self.top.min(top);
        for i in from..top {
            self.cells[i & MASK] = Packed::UNDEFINED.to_bits();
        }
        self.top = self.top.max(top);
    }

    /// Whether `n` more cells fit above `top`.
    #[inline(always)]
    pub fn has_room(&self, n: usize) -> bool {
        n <= super::MAX_STACK_VALUES.saturating_sub(self.top)
    }

    /// Pushes values above `top` (the caller checked [`has_room`](Self::has_room)).
    pub fn push_values(&mut self, values: impl IntoIterator<Item = Packed>) {
        for v in values {
            let i = self.top;
            assert!(i < CAPACITY, "register file overflow");
            self.cells[i] = v.to_bits();
            self.top = i + 1;
        }
    }

    /// Appends the cells `start..end` to `out` as stored (a suspending generator's window:
    /// one slice copy).
    pub fn save_window(&self, start: usize, end: usize, out: &mut Vec<u64>) {
        out.extend_from_slice(&self.cells[start..end]);
    }

    /// Pushes cells saved by [`save_window`](Self::save_window) above `top` (the caller
    /// checked [`has_room`](Self::has_room)).
    pub fn restore_window(&mut self, cells: &[u64]) {
        let end = self.top + cells.len();
        assert!(end <= CAPACITY, "register file overflow");
        self.cells[self.top..end].copy_from_slice(cells);
        self.top = end;
    }

    /// The values of cells `start..end`.
    pub fn values(&self, start: usize, end: usize) -> impl Iterator<Item = Packed> + '_ {
        self.cells[start..end].iter().map(|&bits| Packed::from_bits(bits))
    }

    /// Copies cells `from..from + n` to `to..to + n` (the ranges may overlap). A call's few
    /// arguments are copied cell by cell: `memmove` costs more to reach than to run.
    #[inline(always)]
    pub fn copy_within(&mut self, from: usize, n: usize, to: usize) {
        if n > 8 {
            self.cells.copy_within(from..from + n, to);
        } else if to <= from {
            for i in 0..n {
                self.cells[(to + i) & MASK] = self.cells[(from + i) & MASK];
            }
        } else {
            for i in (0..n).rev() {
                self.cells[(to + i) & MASK] = self.cells[(from + i) & MASK];
            }
        }
    }
}

impl Default for RegisterFile {
    fn default() -> Self {
        RegisterFile::new()
    }
}
