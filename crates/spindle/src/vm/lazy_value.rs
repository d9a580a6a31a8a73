//! Lazy data properties ([`LAZY_VALUE`]): an ordinary data property whose value is computed
//! on its first read and stored in its place, so a realm need not build what a script never
//! looks at. Reads ([[Get]], [[GetOwnProperty]], [[DefineOwnProperty]] keeping the value)
//! come here; the inline caches never cache such a property, and a write replaces it unread.

use super::{JsResult, Vm};
use crate::builtins::lazy_global::LazyGlobal;
use crate::object::Slot;
use crate::object::property::{LAZY_VALUE, Property, PropertyKey};
use crate::value::{ObjId, Value};

impl Vm {
    /// The value of `holder`'s own lazy data property `key`, whose stored value is `stored`:
    /// an error's frames text is formatted into its `stack`; a lazy global's number creates
    /// that global's built-ins in the realm the holder is the global object of.
    pub(crate) fn read_lazy_value(&mut self, holder: ObjId, key: PropertyKey, stored: Value) -> JsResult<Value> {
        match stored {
            Value::Number(n) => {
                let Some(which) = LazyGlobal::from_number(n) else { return Ok(stored) };
                let Some(realm) = self.realms.iter().position(|r| r.global == holder) else { return Ok(stored) };
                let v = Value::Object(crate::builtins::lazy_global::create_in(self, realm as u32, which));
                self.store_lazy_value(holder, key, v);
                Ok(v)
            }
            _ => self.format_lazy_stack(holder, key, stored),
        }
    }

    /// Computes `key` of `o` first if it is a lazy data property (for [[DefineOwnProperty]]
    /// with a descriptor that keeps the current value, and for hosts reading a property's
    /// stored value).
    pub fn resolve_lazy_value(&mut self, o: ObjId, key: PropertyKey) -> JsResult<()> {
        if let Some(Property { slot: Slot::Data(stored), attrs }) = self.obj(o).props.get(key)
            && attrs & LAZY_VALUE != 0
        {
            self.read_lazy_value(o, key, stored)?;
        }
        Ok(())
    }

    /// Stores the computed value `v` of a lazy data property, unless it stopped being one
    /// while it was computed (a getter it ran replaced or deleted it).
    pub(crate) fn store_lazy_value(&mut self, holder: ObjId, key: PropertyKey, v: Value) {
        if let Some(p) = self.obj(holder).props.get(key)
            && p.attrs & LAZY_VALUE != 0
        {
            self.obj_mut(holder).props.insert(key, Property::data(v, p.attrs & !LAZY_VALUE));
        }
    }
}
