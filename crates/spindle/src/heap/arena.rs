//! Typed slot storage with a free list and mark bits: the building block of the heap.
//!
//! Every heap value kind (objects, strings, symbols, environments) lives in its own
//! `Arena`. A handle is the slot index; a freed slot is reused by the next allocation.

/// One typed arena of GC-managed cells.
pub struct Arena<T> {
    slots: Vec<Option<T>>,
    marks: Vec<bool>,
    free: Vec<u32>,
    live: usize,
}

impl<T> Default for Arena<T> {
    fn default() -> Self {
        Arena { slots: Vec::new(), marks: Vec::new(), free: Vec::new(), live: 0 }
    }
}

impl<T> Arena<T> {
    /// An arena with room for `n` cells before its vectors first grow.
    pub fn with_capacity(n: usize) -> Self {
        Arena { slots: Vec::with_capacity(n), marks: Vec::with_capacity(n), free: Vec::new(), live: 0 }
    }

    /// Stores `value` and returns its slot index. Inlined on request: left to the compiler,
    /// the choice flipped with unrelated changes (gen-next-pingpong, microtask-chain and
    /// co-runner +1.1 % instructions when it stopped inlining into `create_iter_result`).
    #[inline]
    pub fn insert(&mut self, value: T) -> u32 {
        self.live += 1;
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = Some(value);
            i
        } else {
            self.slots.push(Some(value));
            self.marks.push(false);
            (self.slots.len() - 1) as u32
        }
    }

    #[inline(always)]
    pub fn get(&self, i: u32) -> &T {
        match &self.slots[i as usize] {
            Some(v) => v,
            None => panic!("use of a collected heap cell {i}"),
        }
    }

    #[inline]
    pub fn get_mut(&mut self, i: u32) -> &mut T {
        match &mut self.slots[i as usize] {
            Some(v) => v,
            None => panic!("use of a collected heap cell {i}"),
        }
    }

    /// Sets the mark bit; returns true when the cell was not marked before.
    #[inline]
    pub fn mark(&mut self, i: u32) -> bool {
        let m = &mut self.marks[i as usize];
        if *m {
            false
        } else {
            *m = true;
            true
        }
    }

    /// The cells (read-only) and the mark bits (mutable) at once, for the marker.
    pub fn split(&mut self) -> (&[Option<T>], &mut [bool]) {
        (&self.slots, &mut self.marks)
    }

    pub fn is_marked(&self, i: u32) -> bool {
        self.marks[i as usize]
    }

    /// Frees every unmarked cell (handing it to `on_free`, which may keep parts of it) and
    /// clears the marks.
    pub fn sweep(&mut self, mut on_free: impl FnMut(u32, T)) -> usize {
        let mut freed = 0;
        for i in 0..self.slots.len() {
            if self.marks[i] {
                self.marks[i] = false;
            } else if let Some(v) = self.slots[i].take() {
                on_free(i as u32, v);
                self.free.push(i as u32);
                freed += 1;
            }
        }
        self.live -= freed;
        freed
    }

    /// Whether slot `i` holds a value.
    pub fn is_live(&self, i: u32) -> bool {
        self.slots.get(i as usize).is_some_and(Option::is_some)
    }

    pub fn live(&self) -> usize {
        self.live
    }

    /// The live cells.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.slots.iter().flatten()
    }

    /// Bytes of the live cells' slots (and mark bits). Free slots are not counted: they are
    /// reused before the arena grows, and counting them would make each allocation period
    /// (proportional to the live bytes) grow the arena further, and so on.
    pub fn slot_bytes(&self) -> usize {
        self.live * (std::mem::size_of::<Option<T>>() + 1)
    }
}
