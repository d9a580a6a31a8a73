//! The stable merge sort behind Array.prototype.sort / toSorted and %TypedArray%'s (their
//! SortIndexedProperties, ECMA-262 §23.1.3.30.1): the comparison may call into script, so
//! it may fail, and the sort keeps the number of comparisons low.

use crate::vm::{JsResult, Vm};
use std::cmp::Ordering;

/// A stable merge sort whose comparison may fail (the first error stops the sort). Runs
/// of up to 8 are sorted by binary insertion first, and two runs already in order are not
/// merged: each comparison may be a call into script, so the sort keeps their number low.
pub(crate) fn merge_sort<T: Copy>(
    vm: &mut Vm,
    items: &mut [T],
    cmp: &mut impl FnMut(&mut Vm, T, T) -> JsResult<Ordering>,
) -> JsResult<()> {
    const RUN: usize = 8;
    let n = items.len();
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            // Insert items[i] after every element of the sorted prefix not greater than it.
            let x = items[i];
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if cmp(vm, x, items[mid])? == Ordering::Less {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            items[lo..=i].rotate_right(1);
        }
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid >= hi || cmp(vm, items[mid], items[mid - 1])? != Ordering::Less {
                continue;
            }
            buf.clear();
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                // Take from the right run only when strictly smaller: equal elements keep
                // their order.
                if cmp(vm, items[j], items[i])? == Ordering::Less {
                    buf.push(items[j]);
                    j += 1;
                } else {
                    buf.push(items[i]);
                    i += 1;
                }
            }
            buf.extend_from_slice(&items[i..mid]);
            buf.extend_from_slice(&items[j..hi]);
            items[lo..hi].copy_from_slice(&buf);
        }
        width *= 2;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;
    use crate::vm::VmOptions;

    #[test]
    fn merge_sort_is_stable_and_stops_at_the_first_error() {
        let mut vm = Vm::new(VmOptions::default());
        // Sort pairs by their first field only: the second field records the input order.
        let mut items: Vec<(u32, u32)> = (0..100).map(|i| ((i * 37) % 5, i)).collect();
        merge_sort(&mut vm, &mut items, &mut |_, a: (u32, u32), b: (u32, u32)| Ok(a.0.cmp(&b.0))).unwrap();
        for w in items.windows(2) {
            assert!(w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1));
        }
        let mut calls = 0;
        let mut items: Vec<u32> = (0..50).rev().collect();
        let r = merge_sort(&mut vm, &mut items, &mut |_, a: u32, b: u32| {
            calls += 1;
            if calls == 10 { Err(Value::Undefined) } else { Ok(a.cmp(&b)) }
        });
        assert!(r.is_err());
        assert_eq!(calls, 10);
    }
}
