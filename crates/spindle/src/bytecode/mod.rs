//! The register bytecode: instruction set, function templates (`Code`) and the disassembler.

pub mod disasm;

use crate::heap::ScopeNames;
use crate::value::Value;
use std::rc::Rc;

/// A frame-local register index.
pub type Reg = u16;

/// The `this` operand of `Call` / `CallSpread` that stands for `undefined` rather than a
/// register: a plain `f(x)` call needs no `LoadUndef` of its receiver (one instruction less
/// per call).
pub const UNDEFINED_RECEIVER: Reg = Reg::MAX;
/// Register operand meaning "the running closure's captured environment".
pub const CLOSURE_ENV: Reg = u16::MAX;
/// Register operand meaning "no register".
pub const NO_REG: Reg = u16::MAX - 1;
/// A constant-pool index.
pub type K = u32;
/// An inline cache of the function's side table (`Code::ics`).
pub type IcIndex = u32;
/// A jump target (instruction index).
pub type Label = u32;

/// Binary operators that take two registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Exp,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    UShr,
    Eq,
    Ne,
    StrictEq,
    StrictNe,
    Lt,
    Le,
    Gt,
    Ge,
    InstanceOf,
    In,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Plus,
    BitNot,
    Not,
    TypeOf,
    Inc,
    Dec,
    ToNumeric,
    ToPropertyKey,
    ToString,
    /// ToString(ToPrimitive(v)): an operand of `+` whose other operand is a string
    /// (ECMA-262 §13.15.3 ApplyStringOrNumericBinaryOperator, steps 1.a–1.c).
    ToPrimitiveString,
    ToObject,
}

/// What a DefineMethod installs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    Method,
    Getter,
    Setter,
}

/// Errors the compiler knows statically must be thrown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    TypeError,
    ReferenceError,
    SyntaxError,
    RangeError,
}

/// One instruction. Operands are registers (`Reg`), constant indices (`K`), and jump
/// targets (`Label`).
#[derive(Clone, Copy, Debug)]
pub enum Op {
    LoadUndef {
        dst: Reg,
    },
    LoadNull {
        dst: Reg,
    },
    LoadBool {
        dst: Reg,
        value: bool,
    },
    LoadInt {
        dst: Reg,
        value: i32,
    },
    LoadConst {
        dst: Reg,
        k: K,
    },
    LoadEmpty {
        dst: Reg,
    },
    Move {
        dst: Reg,
        src: Reg,
    },
    /// dst = this (ReferenceError if not yet bound in a derived constructor).
    LoadThis {
        dst: Reg,
    },
    LoadGlobalThis {
        dst: Reg,
    },
    LoadNewTarget {
        dst: Reg,
    },
    LoadFunction {
        dst: Reg,
    },
    /// dst = the number of arguments the running call was given (`arguments.length` in a
    /// function that uses nothing else of its arguments object).
    ArgCount {
        dst: Reg,
    },
    /// dst = the running closure's captured environment.
    LoadClosureEnv {
        dst: Reg,
    },
    /// Throws ReferenceError(`name`) if `src` holds the TDZ marker.
    CheckTdz {
        src: Reg,
        name: K,
    },
    /// Throws TypeError: assignment to constant `name`.
    ThrowConstAssign {
        name: K,
    },
    ThrowError {
        kind: ErrorKind,
        msg: K,
    },

    // Environments.
    PushEnv {
        dst: Reg,
        parent: Reg,
        scope: u32,
        slots: u16,
    },
    /// Replaces `env` with a fresh copy (per-iteration bindings).
    CloneEnv {
        env: Reg,
    },
    PushWithEnv {
        dst: Reg,
        parent: Reg,
        object: Reg,
    },
    GetEnv {
        dst: Reg,
        env: Reg,
        hops: u16,
        slot: u16,
    },
    /// Reads import cell `index` of the module environment `hops` up from `env`: the
    /// exporter's binding (ReferenceError while it is in its TDZ).
    GetImport {
        dst: Reg,
        env: Reg,
        hops: u16,
        index: u16,
    },
    /// `import.meta` of the running module (ECMA-262 §13.3.12.1).
    ImportMeta {
        dst: Reg,
    },
    /// `import(specifier, options)` (ECMA-262 §13.3.10.1 EvaluateImportCall); `options`
    /// is NO_REG when absent.
    ImportCall {
        dst: Reg,
        specifier: Reg,
        options: Reg,
    },
    /// GetEnv that throws ReferenceError(`name`) on the TDZ marker.
    GetEnvChecked {
        dst: Reg,
        env: Reg,
        hops: u16,
        slot: u16,
        name: K,
    },
    SetEnv {
        env: Reg,
        hops: u16,
        slot: u16,
        src: Reg,
    },
    /// SetEnv that throws ReferenceError on the TDZ marker first.
    SetEnvChecked {
        env: Reg,
        hops: u16,
        slot: u16,
        src: Reg,
        name: K,
    },

    // Global and by-name access.
    /// A global name's value; `ic` indexes `Code::global_ics`.
    GetGlobal {
        dst: Reg,
        name: K,
        ic: IcIndex,
    },
    /// Like GetGlobal but yields undefined when unresolvable (typeof).
    GetGlobalOrUndef {
        dst: Reg,
        name: K,
        ic: IcIndex,
    },
    SetGlobal {
        name: K,
        src: Reg,
        strict: bool,
        ic: IcIndex,
    },
    /// Initializes a global lexical declaration (let/const/class at script top level).
    InitGlobalLex {
        name: K,
        src: Reg,
    },
    /// Creates/overwrites a global function binding (CreateGlobalFunctionBinding).
    InitGlobalFunc {
        name: K,
        src: Reg,
    },
    /// Resolves `name` dynamically through the environment chain starting at `env`.
    GetName {
        dst: Reg,
        env: Reg,
        name: K,
        or_undef: bool,
    },
    /// Like GetName, also yields the `this` value of the reference (with-object or undefined).
    GetNameThis {
        dst: Reg,
        this_dst: Reg,
        env: Reg,
        name: K,
    },
    SetName {
        env: Reg,
        name: K,
        src: Reg,
        strict: bool,
        init: bool,
    },
    DeleteName {
        dst: Reg,
        env: Reg,
        name: K,
    },
    /// ResolveBinding: dst = the base of the reference to `name` (the with-object, the
    /// environment holding it, or undefined for the global environment).
    ResolveName {
        dst: Reg,
        env: Reg,
        name: K,
    },
    /// GetValue / PutValue on a reference produced by ResolveName.
    GetNameRef {
        dst: Reg,
        base: Reg,
        name: K,
    },
    SetNameRef {
        base: Reg,
        name: K,
        src: Reg,
        strict: bool,
    },
    /// var declaration executed by sloppy direct eval code in the caller's variable environment.
    /// A `var` or function of sloppy direct eval code in the caller's variable environment
    /// (EvalDeclarationInstantiation). `check`: only the checks (steps 3, 8-10), all of which
    /// come before any binding is created.
    DeclareEvalVar {
        env: Reg,
        name: K,
        is_fn: bool,
        check: bool,
    },

    // Properties.
    /// `obj.key`; `ic` indexes the code's inline caches (`Code::ics`).
    GetProp {
        dst: Reg,
        obj: Reg,
        key: K,
        ic: IcIndex,
    },
    /// `obj.key = src`; `ic` indexes `Code::set_ics`.
    SetProp {
        obj: Reg,
        key: K,
        src: Reg,
        strict: bool,
        ic: IcIndex,
    },
    /// An object literal's `key: src` with an identifier key (CreateDataPropertyOrThrow);
    /// `ic` indexes `Code::set_ics`.
    DefineNamed {
        obj: Reg,
        key: K,
        src: Reg,
        ic: IcIndex,
    },
    /// `obj[key]`; `ic` indexes `Code::keyed_ics` (used for string and symbol keys).
    GetElem {
        dst: Reg,
        obj: Reg,
        key: Reg,
        ic: IcIndex,
    },
    /// For references used twice (compound assignment): TypeError on a nullish `obj`,
    /// then converts `key` in place with ToPropertyKey.
    ToPropertyKeyFor {
        key: Reg,
        obj: Reg,
    },
    /// `obj[key] = src`; `ic` indexes `Code::keyed_set_ics` (used for string and symbol keys).
    SetElem {
        obj: Reg,
        key: Reg,
        src: Reg,
        strict: bool,
        ic: IcIndex,
    },
    DeleteProp {
        dst: Reg,
        obj: Reg,
        key: Reg,
        strict: bool,
    },
    /// GetValue of a super reference: ToObject(base) (a TypeError for null), ToPropertyKey,
    /// then base.[[Get]](key, this).
    GetSuper {
        dst: Reg,
        key: Reg,
        this: Reg,
        base: Reg,
    },
    SetSuper {
        key: Reg,
        src: Reg,
        this: Reg,
        base: Reg,
        strict: bool,
    },
    /// GetSuperBase (ECMA-262 §9.1.1.3.5): the home object's prototype, or null.
    LoadSuperBase {
        dst: Reg,
    },
    /// The TypeError GetValue throws first for a null super base (compound assignment).
    CheckSuperBase {
        base: Reg,
    },
    /// CreateDataPropertyOrThrow(obj, key, value)
    DefineField {
        obj: Reg,
        key: Reg,
        src: Reg,
    },
    /// Installs a method/getter/setter closure and sets its [[HomeObject]] / name.
    DefineMethod {
        obj: Reg,
        key: Reg,
        func: Reg,
        kind: MethodKind,
        enumerable: bool,
    },
    GetPrivate {
        dst: Reg,
        obj: Reg,
        name: Reg,
    },
    SetPrivate {
        obj: Reg,
        name: Reg,
        src: Reg,
    },
    /// Adds a private field/method/accessor to `obj` (TypeError if already present).
    DefinePrivate {
        obj: Reg,
        name: Reg,
        src: Reg,
        kind: u8,
    },
    HasPrivate {
        dst: Reg,
        obj: Reg,
        name: Reg,
    },
    NewPrivateName {
        dst: Reg,
        desc: K,
    },
    /// Copies own enumerable properties of `src` into `obj`, skipping keys held in
    /// registers `excluded..excluded+count`.
    CopyDataProps {
        obj: Reg,
        src: Reg,
        excluded: Reg,
        count: u16,
    },
    SetProtoLiteral {
        obj: Reg,
        src: Reg,
    },
    SetFunctionName {
        func: Reg,
        key: Reg,
        prefix: u8,
    },

    NewObject {
        dst: Reg,
    },
    NewArray {
        dst: Reg,
        capacity: u16,
    },
    /// dst = a new array of the `count` constants from `first` on (an array literal of
    /// number, string, boolean and null literals: one copy instead of a push per element).
    NewArrayOfConstants {
        dst: Reg,
        count: u16,
        first: u32,
    },
    ArrayPush {
        arr: Reg,
        src: Reg,
    },
    ArrayHole {
        arr: Reg,
    },
    ArraySpread {
        arr: Reg,
        src: Reg,
    },
    NewRegExp {
        dst: Reg,
        pattern: K,
        flags: K,
    },
    GetTemplateObject {
        dst: Reg,
        site: u32,
    },

    /// `key in obj` (HasProperty); `ic` indexes `Code::keyed_ics` (a string or symbol key
    /// found before answers from the cache).
    In {
        dst: Reg,
        key: Reg,
        obj: Reg,
        ic: IcIndex,
    },
    // Operators.
    /// dst = the string-concatenation of the `count` strings in registers `first..` (the
    /// parts of a template literal, ECMA-262 §13.2.8.6, or of a `+` chain after its first
    /// string, each already converted to a String), made in one allocation instead of one
    /// per `+`.
    ConcatStrings {
        dst: Reg,
        first: Reg,
        count: u16,
    },
    Binary {
        op: BinOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Unary {
        op: UnOp,
        dst: Reg,
        src: Reg,
    },
    /// dst = a + value (fast path for loops); `sub` marks `a - (-value)` (numeric only).
    /// `dst = a op value` for a multiplicative, shift or bitwise `op` with an integer
    /// literal on the right (`x & 0xff`, `x | 0`, `i * 8`).
    BinaryInt {
        op: BinOp,
        dst: Reg,
        a: Reg,
        value: i32,
    },
    AddInt {
        dst: Reg,
        a: Reg,
        value: i32,
        sub: bool,
    },

    // Control flow.
    Jump {
        target: Label,
    },
    JumpIfTrue {
        cond: Reg,
        target: Label,
    },
    JumpIfFalse {
        cond: Reg,
        target: Label,
    },
    JumpIfNullish {
        src: Reg,
        target: Label,
    },
    JumpIfNotNullish {
        src: Reg,
        target: Label,
    },
    JumpIfUndefined {
        src: Reg,
        target: Label,
    },
    JumpIfNotUndefined {
        src: Reg,
        target: Label,
    },
    /// Jumps when the comparison `a op b` (`op` one of Lt, Le, Gt, Ge, Eq, Ne, StrictEq,
    /// StrictNe) is `when`: a loop or `if` test without the boolean in between.
    JumpIfCompare {
        op: BinOp,
        a: Reg,
        b: Reg,
        when: bool,
        target: Label,
    },
    /// `JumpIfCompare` against an integer literal (`n < 2`, `i === 0`): the constant is in
    /// the instruction, not loaded into a register first.
    JumpIfCompareInt {
        op: BinOp,
        a: Reg,
        when: bool,
        value: i32,
        target: Label,
    },
    /// `JumpIfCompare` against `null` (`x == null`, `x !== null`; `op` one of Eq, Ne,
    /// StrictEq, StrictNe): no register loaded with null first.
    JumpIfCompareNull {
        op: BinOp,
        a: Reg,
        when: bool,
        target: Label,
    },
    /// The back edge of `for (…; i < n; i++)`: `counter++` (Inc, with its ToNumeric), then
    /// jumps when `counter op limit` (Lt or Le) holds. A loop safepoint like Jump.
    IncJumpIfCompare {
        op: BinOp,
        counter: Reg,
        limit: Reg,
        target: Label,
    },
    /// Jumps when `a === b` (switch cases).
    JumpIfStrictEq {
        a: Reg,
        b: Reg,
        target: Label,
    },
    /// `return undefined` (a function's implicit return, `return;`).
    ReturnUndefined,
    Return {
        src: Reg,
    },
    Throw {
        src: Reg,
    },
    /// Ends a finally handler entered by an abrupt completion: `kind` holds 0 (throw:
    /// rethrow `value`) or 1 (return: keep returning `value` through outer handlers).
    EndFinally {
        kind: Reg,
        value: Reg,
    },
    /// Return from a derived constructor: objects are returned, undefined yields `this`
    /// (ReferenceError if never bound), anything else is a TypeError.
    ReturnDerived {
        src: Reg,
        this: Reg,
    },
    /// Binds the frame's `this` after super() (ReferenceError if already bound).
    BindThis {
        src: Reg,
    },
    /// Binds an environment-held `this` after super() (ReferenceError if already bound).
    BindThisEnv {
        env: Reg,
        hops: u16,
        slot: u16,
        src: Reg,
    },
    /// Runs `func`'s field initializer on `this`.
    InitFields {
        func: Reg,
        this: Reg,
    },

    // Calls.
    /// `this` is a register, or `UNDEFINED_RECEIVER`.
    Call {
        dst: Reg,
        callee: Reg,
        this: Reg,
        args: Reg,
        argc: u16,
    },
    /// `this.apply(this_arg, arguments)` (`callee` holds `this.apply`) in a function that
    /// makes no arguments object: while `callee` is %Function.prototype.apply% and no object
    /// was made, `this` is called with the running call's own arguments; otherwise the
    /// arguments object is made (once, kept in `cache`) and `callee` called with it.
    ApplyArguments {
        dst: Reg,
        callee: Reg,
        this: Reg,
        this_arg: Reg,
        cache: Reg,
    },
    /// Call with arguments taken from an array in `args`.
    CallSpread {
        dst: Reg,
        callee: Reg,
        this: Reg,
        args: Reg,
    },
    New {
        dst: Reg,
        callee: Reg,
        args: Reg,
        argc: u16,
    },
    NewSpread {
        dst: Reg,
        callee: Reg,
        args: Reg,
    },
    /// super(...args): constructs `func`.[[GetPrototypeOf]]() with `new_target`.
    SuperCall {
        dst: Reg,
        func: Reg,
        new_target: Reg,
        args: Reg,
        argc: u16,
    },
    SuperCallSpread {
        dst: Reg,
        func: Reg,
        new_target: Reg,
        args: Reg,
    },
    /// A call whose callee is the identifier `eval`: direct eval when it is %eval%.
    /// `argc == u16::MAX` means `args` holds an array (spread arguments).
    CallEval {
        dst: Reg,
        callee: Reg,
        args: Reg,
        argc: u16,
        env: Reg,
        this: Reg,
        strict: bool,
    },
    /// Creates a method closure with [[HomeObject]] `home`.
    MakeMethod {
        dst: Reg,
        code: u32,
        env: Reg,
        home: Reg,
    },
    MakeClosure {
        dst: Reg,
        code: u32,
        env: Reg,
    },
    /// Class definition: creates constructor `dst` from `code` and its prototype `proto`,
    /// wired to `heritage` (a register holding the superclass, or none).
    MakeClass {
        dst: Reg,
        proto: Reg,
        code: u32,
        env: Reg,
        heritage: Reg,
        has_heritage: bool,
    },
    /// Attaches the field initializer closure `init` to constructor `ctor`.
    SetFieldInit {
        ctor: Reg,
        init: Reg,
    },

    // Generators (ECMA-262 §27.5).
    /// End of FunctionDeclarationInstantiation in a generator: creates the generator object
    /// (OrdinaryCreateFromConstructor), stores it in `gen`, suspends this frame into it
    /// (state suspendedStart) and returns the object to the caller.
    GeneratorStart {
        generator: Reg,
    },
    /// `yield src`: suspends into `gen`, handing { value: src, done: false } to the resumer.
    /// Resumed by next(v) with dst = v; throw(e) and return(v) resume as abrupt completions
    /// at this instruction.
    Yield {
        dst: Reg,
        src: Reg,
        generator: Reg,
    },
    /// `await src` (ECMA-262 §27.7.5.3): suspends into `gen` handing `src` itself to the
    /// async driver; resumed with dst = the settled value, or a throw of the reason.
    Await {
        dst: Reg,
        src: Reg,
        generator: Reg,
    },
    /// `yield*` (ECMA-262 §15.5.5): one step of the delegation loop over the iterator record
    /// (`iter`, `iter + 1` = next method). Forwards the resumption to the inner iterator;
    /// while it is not done, suspends with the inner result object as is and re-runs on
    /// resumption; when done, dst = its value (or returns it, for a forwarded return). In a
    /// sync generator, `iter + 2` receives the result of a delegate generator resumed
    /// inline, for the step that re-runs once it yields or returns.
    YieldStar {
        dst: Reg,
        iter: Reg,
        generator: Reg,
    },

    // Iteration.
    GetIterator {
        iter: Reg,
        next: Reg,
        src: Reg,
    },
    /// GetIterator(src, async) (ECMA-262 §7.4.3): `src[Symbol.asyncIterator]()`, or the sync
    /// iterator wrapped by CreateAsyncFromSyncIterator.
    GetAsyncIterator {
        iter: Reg,
        next: Reg,
        src: Reg,
    },
    /// Calls next(); jumps to `done` when finished, else dst = value.
    IterStep {
        dst: Reg,
        iter: Reg,
        next: Reg,
        done: Label,
    },
    IterClose {
        iter: Reg,
    },
    /// A `for await` step after `await iter.next()` (ECMA-262 §14.7.5.7 step 6.c–6.f): the
    /// awaited `result` must be an object; done jumps to `done`, otherwise dst = its value.
    AsyncIterStep {
        dst: Reg,
        result: Reg,
        done: Label,
    },
    /// AsyncIteratorClose's call (ECMA-262 §7.4.13 steps 4–5.c): GetMethod(iter, "return");
    /// undefined jumps to `done`, otherwise dst = Call(return, iter) (awaited next).
    AsyncIterCallReturn {
        dst: Reg,
        iter: Reg,
        done: Label,
    },
    /// AsyncIteratorClose step 8 after a normal completion: the awaited result of return()
    /// must be an object.
    CheckIterResult {
        src: Reg,
    },
    /// IteratorClose for a throw completion: calls `return` but ignores its result and errors.
    IterCloseQuiet {
        iter: Reg,
    },
    /// NewDisposeCapability: the DisposeCapability of a scope with `using` declarations.
    NewDisposeStack {
        dst: Reg,
    },
    /// AddDisposableResource(stack, value, sync-dispose or async-dispose).
    AddDisposable {
        stack: Reg,
        value: Reg,
        is_async: bool,
    },
    /// A step of DisposeResources: dst = a value to await (falls through), or jumps to
    /// `done` when every resource is disposed.
    DisposeStep {
        stack: Reg,
        dst: Reg,
        done: Label,
    },
    /// A throw completion for the disposal (the scope's, or an awaited dispose's).
    DisposeError {
        stack: Reg,
        error: Reg,
    },
    /// The end of DisposeResources: throws the recorded error, if any.
    DisposeFinish {
        stack: Reg,
    },
    /// Closes an iterator for an abrupt completion of `kind` (0 throw: errors suppressed,
    /// 1 return: errors propagate).
    IterCloseAbrupt {
        iter: Reg,
        kind: Reg,
    },
    ForInPrepare {
        dst: Reg,
        src: Reg,
    },
    ForInNext {
        dst: Reg,
        state: Reg,
        done: Label,
    },

    CreateArguments {
        dst: Reg,
        mapped_env: Reg,
        mapped: bool,
    },
    CreateRest {
        dst: Reg,
        from: u16,
    },
    Debugger,
    Nop,
}

impl Op {
    /// The jump target of this instruction, to patch, if it jumps.
    pub fn label_mut(&mut self) -> Option<&mut Label> {
        match self {
            Op::Jump { target }
            | Op::JumpIfTrue { target, .. }
            | Op::JumpIfFalse { target, .. }
            | Op::JumpIfNullish { target, .. }
            | Op::JumpIfNotNullish { target, .. }
            | Op::JumpIfUndefined { target, .. }
            | Op::JumpIfNotUndefined { target, .. }
            | Op::JumpIfStrictEq { target, .. }
            | Op::JumpIfCompare { target, .. }
            | Op::JumpIfCompareInt { target, .. }
            | Op::JumpIfCompareNull { target, .. }
            | Op::IncJumpIfCompare { target, .. } => Some(target),
            Op::IterStep { done, .. }
            | Op::ForInNext { done, .. }
            | Op::AsyncIterStep { done, .. }
            | Op::AsyncIterCallReturn { done, .. }
            | Op::DisposeStep { done, .. } => Some(done),
            _ => None,
        }
    }

    /// The instruction index this instruction may jump to, if it jumps.
    pub fn label(self) -> Option<Label> {
        let mut op = self;
        op.label_mut().copied()
    }

    /// Control never goes on to the next instruction.
    pub fn ends_flow(&self) -> bool {
        matches!(
            self,
            Op::Jump { .. } | Op::Return { .. } | Op::ReturnUndefined | Op::ReturnDerived { .. } | Op::Throw { .. }
        )
    }
}

/// An exception handler: `start..end` pcs are covered; control goes to `target` with the
/// thrown value in `reg`.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    /// Receives the thrown value; for `finally` handlers `reg + 1` receives the kind
    /// (0 = throw, 1 = return).
    pub reg: Reg,
    /// A finally (or iterator-closing) handler: also entered by return completions.
    pub finally: bool,
}

/// Source position of an instruction: (pc, line, column), both 1-based.
#[derive(Clone, Copy, Debug)]
pub struct Pos {
    pub pc: u32,
    pub line: u32,
    pub col: u32,
}

/// What kind of function a template is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    Script,
    Eval,
    Normal,
    Arrow,
    Method,
    ClassConstructor,
    DerivedConstructor,
    Getter,
    Setter,
    /// Synthetic function running class field initializers / static blocks.
    FieldInit,
    /// A module body, or its environment initialization (ECMA-262 §16.2.1.6.4).
    Module,
}

/// The names a script or eval declares at its top level (GlobalDeclarationInstantiation /
/// EvalDeclarationInstantiation input).
#[derive(Debug, Default, Clone)]
pub struct TopLevelDecls {
    pub var_names: Vec<String>,
    pub function_names: Vec<String>,
    /// (name, is_const)
    pub lexical_names: Vec<(String, bool)>,
}

/// The file name and the source text a compile read.
pub struct ScriptText {
    pub file: Rc<str>,
    pub text: Box<str>,
}

/// A template literal site: its cooked strings as code units, which may be lone surrogates
/// (None: an invalid escape, allowed in tagged templates), and its raw strings.
pub type TemplateSite = (Vec<Option<Vec<u16>>>, Vec<String>);

/// The parts of a function's template that most functions lack.
#[derive(Default)]
pub struct RareCode {
    /// The exception handlers (`try`, `finally`, iterator closing), innermost first.
    pub handlers: Box<[Handler]>,
    /// The tagged template literal sites.
    pub templates: Vec<TemplateSite>,
    /// Mapped arguments: the environment slot argument i aliases (None: not mapped;
    /// of duplicate parameter names only the last is mapped, ECMA-262 §10.4.4.7).
    pub arguments_map: Box<[Option<u32>]>,
    /// A script's or eval's declarations (GlobalDeclarationInstantiation,
    /// EvalDeclarationInstantiation).
    pub top_level: TopLevelDecls,
}

impl RareCode {
    /// None when every part is empty.
    pub fn new(
        handlers: Box<[Handler]>,
        templates: Vec<TemplateSite>,
        arguments_map: Box<[Option<u32>]>,
        top_level: TopLevelDecls,
    ) -> Option<Box<RareCode>> {
        let empty = handlers.is_empty()
            && templates.is_empty()
            && arguments_map.is_empty()
            && top_level.var_names.is_empty()
            && top_level.function_names.is_empty()
            && top_level.lexical_names.is_empty();
        (!empty).then(|| Box::new(RareCode { handlers, templates, arguments_map, top_level }))
    }
}

static NO_TOP_LEVEL_DECLS: TopLevelDecls =
    TopLevelDecls { var_names: Vec::new(), function_names: Vec::new(), lexical_names: Vec::new() };

/// A compiled function template.
pub struct Code {
    /// Process-unique id (template-object caches key on it).
    pub id: u64,
    pub name: Box<str>,
    /// The constant holding `name` as a string value (a closure's `name` property).
    pub name_k: K,
    pub kind: FunctionKind,
    pub strict: bool,
    pub ops: Box<[Op]>,
    pub constants: Box<[Value]>,
    pub functions: Box<[Rc<Code>]>,
    pub positions: Box<[Pos]>,
    pub scopes: Box<[Rc<ScopeNames>]>,
    pub nregs: u16,
    pub nparams: u16,
    /// The `length` property value.
    pub length: u16,
    pub is_arrow: bool,
    pub has_simple_params: bool,
    pub needs_arguments: bool,
    /// The parts few functions have, out of line: a function record stays small (a 1.6 MB
    /// bundle compiles to 28 000 of them).
    pub rare: Option<Box<RareCode>>,
    /// The file and source text of the script, module, eval or `new Function` the code was
    /// compiled from (one record shared by all its functions).
    pub script: Rc<ScriptText>,
    /// The module record this code belongs to (GetActiveScriptOrModule); None for scripts.
    pub module: Option<u32>,
    /// Source text of the function (for Function.prototype.toString).
    pub source_span: (u32, u32),
    /// Line and column where the function's source text starts (as the user sees them:
    /// a host wrapper on the first line is not counted).
    pub definition: (u32, u32),
    /// Generator, async function, async generator or neither.
    pub body: BodyKind,
    /// The register holding the generator object (after GeneratorStart).
    pub generator_reg: Reg,
    /// What stack traces call the function when the host names it (Node's CommonJS
    /// wrapper is `Object.<anonymous>`, as V8 shows a function without a name called on
    /// an object).
    pub trace_name: std::cell::OnceCell<Rc<str>>,
    /// For a direct eval called from this code (PerformEval steps 5-7, which look through
    /// arrows to the enclosing function): whether it is in a function (`new.target`
    /// allowed) and in a class field initializer (`arguments` is an early error).
    pub eval_in_function: bool,
    pub eval_in_field_init: bool,
    /// The inline caches of the property reads (`vm/ic.rs`), one per `GetProp`.
    pub ics: Box<[crate::vm::ic::ReadSite]>,
    /// The caches of the property writes, one per `SetProp` and `DefineNamed`.
    pub set_ics: Box<[crate::vm::ic::SetCache]>,
    /// The caches of global name accesses, one per `GetGlobal`, `GetGlobalOrUndef` and
    /// `SetGlobal`.
    pub global_ics: Box<[std::cell::Cell<crate::vm::ic::GlobalCache>]>,
    /// Caches of the keyed reads (`GetElem`).
    pub keyed_ics: Box<[crate::vm::ic::KeyedReadSite]>,
    /// Caches of the keyed writes (`SetElem`).
    pub keyed_set_ics: Box<[crate::vm::ic::KeyedWriteSite]>,
    /// (instruction, start, end) in the source: the callee of a call or `new`, the object
    /// of a for-of step, by instruction; read only to word a TypeError
    /// (`Vm::operand_name`). A `ThinVec` (one word) keeps the record within its budget
    /// (`tests/heap_accounting.rs`).
    pub operand_spans: thin_vec::ThinVec<(u32, u32, u32)>,
}

/// Nested functions own their inner functions' code: the default drop would recurse once
/// per level, and a source nested tens of thousands of functions deep would overflow the
/// stack of whatever frees it (the collector, an `eval` caller). Dropped with a worklist.
impl Drop for Code {
    fn drop(&mut self) {
        let mut pending = std::mem::take(&mut self.functions).into_vec();
        while let Some(f) = pending.pop() {
            if let Ok(mut inner) = Rc::try_unwrap(f) {
                pending.extend(std::mem::take(&mut inner.functions));
            }
        }
    }
}

/// The kinds of function body the VM runs differently (ECMA-262's FunctionKind of a
/// function's [[ECMAScriptCode]]: normal, generator, async, asyncGenerator).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyKind {
    Normal,
    /// `function*`: calls run to GeneratorStart and return the generator object.
    Generator,
    /// `async function`: calls run to GeneratorStart, then the async driver runs the body
    /// and returns its promise.
    Async,
    /// `async function*`: calls run to GeneratorStart and return the async generator.
    AsyncGenerator,
}

impl BodyKind {
    /// The body starts with GeneratorStart: its frame can suspend into a heap object.
    pub fn suspends(self) -> bool {
        self != BodyKind::Normal
    }
}

impl Code {
    /// The file the code was compiled from.
    pub fn file(&self) -> &Rc<str> {
        &self.script.file
    }

    /// The whole source text the code was compiled from.
    pub fn source(&self) -> &str {
        &self.script.text
    }

    /// The exception handlers.
    pub fn handlers(&self) -> &[Handler] {
        self.rare.as_ref().map_or(&[], |r| &r.handlers)
    }

    /// Template literal site `site`: (cooked strings, raw strings).
    pub fn template(&self, site: usize) -> &TemplateSite {
        &self.rare.as_ref().expect("a template site has a record").templates[site]
    }

    /// The environment slot mapped argument `i` aliases, if any.
    pub fn mapped_argument(&self, i: usize) -> Option<u32> {
        self.rare.as_ref().and_then(|r| r.arguments_map.get(i).copied().flatten())
    }

    /// The script's or eval code's top-level declarations.
    pub fn top_level(&self) -> &TopLevelDecls {
        self.rare.as_ref().map_or(&NO_TOP_LEVEL_DECLS, |r| &r.top_level)
    }

    /// Bytes this function's compiled form owns, its nested functions and the shared
    /// source text not included (by capacity; templates estimated).
    pub fn own_bytes(&self) -> usize {
        use std::mem::size_of;
        size_of::<Code>()
            + self.name.len()
            + self.ops.len() * size_of::<Op>()
            + self.constants.len() * size_of::<Value>()
            + self.functions.len() * size_of::<Rc<Code>>()
            + self.positions.len() * size_of::<Pos>()
            + self.scopes.len() * size_of::<Rc<ScopeNames>>()
            + self.rare.as_ref().map_or(0, |r| {
                size_of::<RareCode>()
                    + r.handlers.len() * size_of::<Handler>()
                    + r.templates.iter().map(|(c, raw)| (c.len() + raw.len()) * 32).sum::<usize>()
                    + r.arguments_map.len() * size_of::<Option<u32>>()
            })
            + self.ics.len() * size_of::<crate::vm::ic::PropertyCache>()
            + self.set_ics.len() * size_of::<crate::vm::ic::SetCache>()
            + self.global_ics.len() * size_of::<crate::vm::ic::GlobalCache>()
            + self.keyed_ics.len() * size_of::<crate::vm::ic::KeyedReadSite>()
            + self.keyed_set_ics.len() * size_of::<crate::vm::ic::KeyedWriteSite>()
            + self.operand_spans.capacity() * size_of::<(u32, u32, u32)>()
    }

    /// Bytes of this function and every function nested in it, plus the source text: what
    /// compiling a script, an eval or a `new Function` adds to the heap's accounting.
    pub fn tree_bytes(&self) -> usize {
        let mut n = self.source().len();
        let mut work = vec![self];
        while let Some(c) = work.pop() {
            n += c.own_bytes();
            work.extend(c.functions.iter().map(|f| &**f));
        }
        n
    }

    /// Line and column of the instruction at `pc`.
    pub fn position(&self, pc: u32) -> Option<(u32, u32)> {
        let i = self.positions.partition_point(|p| p.pc <= pc);
        if i == 0 { None } else { Some((self.positions[i - 1].line, self.positions[i - 1].col)) }
    }
}
