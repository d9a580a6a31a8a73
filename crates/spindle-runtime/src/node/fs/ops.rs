//! The file-system calls themselves, as libuv's uv_fs_* run them on its thread pool: plain
//! blocking functions with no engine in sight, so that each runs on the loop's thread (a
//! `*Sync` call) or on tokio's blocking pool (the callback and promise forms) alike.
//!
//! Descriptors: JavaScript sees the OS's fd numbers, but every call goes through this
//! process's table of the files `open` made (`FDS`), so safe Rust never acts on a number
//! it does not own — a closed or foreign fd is EBADF, as the OS would say — and a file in
//! use by a call on another thread stays open until that call ends, even if JavaScript
//! closes it meanwhile. 0, 1 and 2 are the process's stdio (duplicated on first use).
//! The table is process-wide because descriptors are: a worker may use one its parent
//! opened, as in Node.

use super::uv::{EBADF, EEXIST, EINVAL, EISDIR, ENOTDIR, UvError};
use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, AsRawFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, FileExt, FileTypeExt, MetadataExt, PermissionsExt};
use std::path::Path;
use std::sync::{Arc, LazyLock, Mutex};

/// What a call gives back, before it becomes a JavaScript value on the loop's thread.
pub enum Outcome {
    Undefined,
    Number(f64),
    Text(String),
    MaybeText(Option<String>),
    /// A string's UTF-16 code units (decoded off the loop's thread).
    Units(Vec<u16>),
    Bytes(Vec<u8>),
    Names(Vec<String>),
    /// Names with their UV_DIRENT_* types.
    Entries(Vec<String>, Vec<u8>),
    Stats(Box<[f64; 18]>),
}

pub type OpResult = Result<Outcome, UvError>;

static FDS: LazyLock<Mutex<HashMap<i32, Arc<File>>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

fn fds() -> std::sync::MutexGuard<'static, HashMap<i32, Arc<File>>> {
    FDS.lock().unwrap_or_else(|e| e.into_inner())
}

/// The open file behind `fd`, or EBADF.
pub fn file(fd: i32, syscall: &'static str) -> Result<Arc<File>, UvError> {
    let mut table = fds();
    if let Some(f) = table.get(&fd) {
        return Ok(f.clone());
    }
    let stdio = match fd {
        0 => io::stdin().as_fd().try_clone_to_owned(),
        1 => io::stdout().as_fd().try_clone_to_owned(),
        2 => io::stderr().as_fd().try_clone_to_owned(),
        _ => return Err(UvError::new(EBADF, syscall)),
    };
    let f = Arc::new(File::from(stdio.map_err(|e| UvError::from_io(&e, syscall))?));
    table.insert(fd, f.clone());
    Ok(f)
}

fn io_err<'a>(syscall: &'static str, path: &'a str) -> impl FnOnce(io::Error) -> UvError + 'a {
    move |e| UvError::from_io(&e, syscall).path(path)
}

/// uv_fs_open: the new descriptor.
pub fn open(path: &str, flags: i32, mode: u32) -> OpResult {
    let f = open_private(path, flags, mode)?;
    let fd = f.as_raw_fd();
    fds().insert(fd, Arc::new(f));
    Ok(Outcome::Number(f64::from(fd)))
}

/// A file opened for one call (readFile, writeFile): never in the descriptor table, so it
/// closes when the call drops it.
fn open_private(path: &str, flags: i32, mode: u32) -> Result<File, UvError> {
    let flags = rustix::fs::OFlags::from_bits_retain(flags as u32) | rustix::fs::OFlags::CLOEXEC;
    let owned = rustix::fs::open(path, flags, rustix::fs::Mode::from_raw_mode(mode))
        .map_err(|e| UvError::new(e.raw_os_error(), "open").path(path))?;
    Ok(File::from(owned))
}

/// uv_fs_close.
pub fn close(fd: i32) -> OpResult {
    match fds().remove(&fd) {
        Some(_) => Ok(Outcome::Undefined),
        None if (0..=2).contains(&fd) => Ok(Outcome::Undefined),
        None => Err(UvError::new(EBADF, "close")),
    }
}

/// uv_fs_read of up to `length` bytes at `position` (negative: the file's position).
pub fn read(fd: i32, length: usize, position: i64) -> OpResult {
    let f = file(fd, "read")?;
    let mut buf = vec![0; length];
    let n = if position >= 0 { f.read_at(&mut buf, position as u64) } else { (&*f).read(&mut buf) }
        .map_err(|e| UvError::from_io(&e, "read"))?;
    buf.truncate(n);
    Ok(Outcome::Bytes(buf))
}

/// uv_fs_write of `data` at `position` (negative: the file's position).
pub fn write(fd: i32, data: &[u8], position: i64) -> OpResult {
    let f = file(fd, "write")?;
    let n = if position >= 0 { f.write_at(data, position as u64) } else { (&*f).write(data) }
        .map_err(|e| UvError::from_io(&e, "write"))?;
    Ok(Outcome::Number(n as f64))
}

fn stats(m: &fs::Metadata) -> Box<[f64; 18]> {
    let (birth_sec, birth_nsec) = match m.created().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()) {
        Some(d) => (d.as_secs() as f64, f64::from(d.subsec_nanos())),
        None => (m.ctime() as f64, m.ctime_nsec() as f64),
    };
    Box::new([
        m.dev() as f64,
        f64::from(m.mode()),
        m.nlink() as f64,
        f64::from(m.uid()),
        f64::from(m.gid()),
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        m.atime() as f64,
        m.atime_nsec() as f64,
        m.mtime() as f64,
        m.mtime_nsec() as f64,
        m.ctime() as f64,
        m.ctime_nsec() as f64,
        birth_sec,
        birth_nsec,
    ])
}

/// uv_fs_stat / uv_fs_lstat.
pub fn stat(path: &str, follow: bool) -> OpResult {
    let (m, syscall) = if follow { (fs::metadata(path), "stat") } else { (fs::symlink_metadata(path), "lstat") };
    Ok(Outcome::Stats(stats(&m.map_err(io_err(syscall, path))?)))
}

/// uv_fs_fstat.
pub fn fstat(fd: i32) -> OpResult {
    let m = file(fd, "fstat")?.metadata().map_err(|e| UvError::from_io(&e, "fstat"))?;
    Ok(Outcome::Stats(stats(&m)))
}

/// UV_DIRENT_* of a file type.
fn dirent_type(t: fs::FileType) -> u8 {
    if t.is_file() {
        1
    } else if t.is_dir() {
        2
    } else if t.is_symlink() {
        3
    } else if t.is_fifo() {
        4
    } else if t.is_socket() {
        5
    } else if t.is_char_device() {
        6
    } else if t.is_block_device() {
        7
    } else {
        0
    }
}

/// uv_fs_scandir: the names (and types) of a directory's entries.
pub fn readdir(path: &str, with_types: bool) -> OpResult {
    let mut entries = Vec::new();
    for entry in fs::read_dir(path).map_err(io_err("scandir", path))? {
        let entry = entry.map_err(io_err("scandir", path))?;
        let kind = if with_types { entry.file_type().map_or(0, dirent_type) } else { 0 };
        entries.push((entry.file_name(), kind));
    }
    // libuv's uv_fs_scandir sorts the names with strcmp.
    entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let names = entries.iter().map(|(n, _)| n.to_string_lossy().into_owned()).collect();
    Ok(if with_types {
        Outcome::Entries(names, entries.iter().map(|(_, t)| *t).collect())
    } else {
        Outcome::Names(names)
    })
}

/// uv_fs_mkdir; with `recursive`, Node's MKDirpSync: the first directory created.
pub fn mkdir(path: &str, mode: u32, recursive: bool) -> OpResult {
    if !recursive {
        fs::DirBuilder::new().mode(mode).create(path).map_err(io_err("mkdir", path))?;
        return Ok(Outcome::Undefined);
    }
    let mut first = None;
    for ancestor in Path::new(path).ancestors() {
        if ancestor.as_os_str().is_empty() {
            break;
        }
        match fs::metadata(ancestor) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => {
                let errno = if ancestor == Path::new(path) { EEXIST } else { ENOTDIR };
                return Err(UvError::new(errno, "mkdir").path(path));
            }
            Err(_) => first = Some(ancestor.to_string_lossy().into_owned()),
        }
    }
    fs::DirBuilder::new().mode(mode).recursive(true).create(path).map_err(io_err("mkdir", path))?;
    Ok(Outcome::MaybeText(first))
}

/// uv_fs_rmdir.
pub fn rmdir(path: &str) -> OpResult {
    fs::remove_dir(path).map_err(io_err("rmdir", path))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_unlink.
pub fn unlink(path: &str) -> OpResult {
    fs::remove_file(path).map_err(io_err("unlink", path))?;
    Ok(Outcome::Undefined)
}

/// Removes a file, or with `recursive` a directory and everything under it (symbolic links
/// are removed, never followed), reporting the first call that fails as Node's rimraf does.
pub fn rm(path: &str, recursive: bool) -> OpResult {
    let m = fs::symlink_metadata(path).map_err(io_err("lstat", path))?;
    if m.is_dir() {
        if !recursive {
            return Err(UvError::new(EISDIR, "rm").path(path));
        }
        remove_tree(Path::new(path))?;
    } else {
        unlink(path)?;
    }
    Ok(Outcome::Undefined)
}

fn remove_tree(dir: &Path) -> Result<(), UvError> {
    let shown = dir.to_string_lossy();
    for entry in fs::read_dir(dir).map_err(io_err("scandir", &shown))? {
        let entry = entry.map_err(io_err("scandir", &shown))?;
        let p = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            remove_tree(&p)?;
        } else {
            fs::remove_file(&p).map_err(io_err("unlink", &p.to_string_lossy()))?;
        }
    }
    fs::remove_dir(dir).map_err(io_err("rmdir", &shown))
}

/// uv_fs_rename.
pub fn rename(from: &str, to: &str) -> OpResult {
    fs::rename(from, to).map_err(|e| UvError::from_io(&e, "rename").path(from).dest(to))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_copyfile; `mode` bit 1 is COPYFILE_EXCL, 2 FICLONE (a plain copy where cloning is
/// not had), 4 FICLONE_FORCE (refused: this copy never clones).
pub fn copy_file(src: &str, dest: &str, mode: i32) -> OpResult {
    let err = |e: io::Error| UvError::from_io(&e, "copyfile").path(src).dest(dest);
    if mode & 4 != 0 {
        return Err(UvError::new(super::uv::ENOTSUP, "copyfile").path(src).dest(dest));
    }
    let mut from = File::open(src).map_err(err)?;
    let meta = from.metadata().map_err(err)?;
    if meta.is_dir() {
        return Err(UvError::new(EISDIR, "copyfile").path(src).dest(dest));
    }
    let mut options = fs::OpenOptions::new();
    options.write(true);
    if mode & 1 != 0 {
        options.create_new(true);
    } else {
        options.create(true).truncate(true);
    }
    let mut to = options.open(dest).map_err(err)?;
    io::copy(&mut from, &mut to).map_err(err)?;
    to.set_permissions(meta.permissions()).map_err(err)?;
    Ok(Outcome::Undefined)
}

/// uv_fs_access.
pub fn access(path: &str, mode: i32) -> OpResult {
    rustix::fs::access(path, rustix::fs::Access::from_bits_retain(mode as u32))
        .map_err(|e| UvError::new(e.raw_os_error(), "access").path(path))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_symlink.
pub fn symlink(target: &str, path: &str) -> OpResult {
    std::os::unix::fs::symlink(target, path).map_err(|e| UvError::from_io(&e, "symlink").path(target).dest(path))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_link.
pub fn link(existing: &str, new_path: &str) -> OpResult {
    fs::hard_link(existing, new_path).map_err(|e| UvError::from_io(&e, "link").path(existing).dest(new_path))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_readlink.
pub fn readlink(path: &str) -> OpResult {
    let target = fs::read_link(path).map_err(io_err("readlink", path))?;
    Ok(Outcome::Text(target.to_string_lossy().into_owned()))
}

/// uv_fs_realpath.
pub fn realpath(path: &str) -> OpResult {
    let real = fs::canonicalize(path).map_err(io_err("realpath", path))?;
    Ok(Outcome::Text(real.to_string_lossy().into_owned()))
}

/// An owner id for chown: -1 (any negative) leaves it unchanged.
fn owner_id(n: i64) -> Option<u32> {
    u32::try_from(n).ok()
}

/// uv_fs_chown / uv_fs_lchown (`uid`/`gid` -1: unchanged).
pub fn chown(path: &str, uid: i64, gid: i64, follow: bool) -> OpResult {
    let (uid, gid) = (owner_id(uid), owner_id(gid));
    let (result, syscall) = if follow {
        (std::os::unix::fs::chown(path, uid, gid), "chown")
    } else {
        (std::os::unix::fs::lchown(path, uid, gid), "lchown")
    };
    result.map_err(io_err(syscall, path))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_fchown.
pub fn fchown(fd: i32, uid: i64, gid: i64) -> OpResult {
    std::os::unix::fs::fchown(&*file(fd, "fchown")?, owner_id(uid), owner_id(gid))
        .map_err(|e| UvError::from_io(&e, "fchown"))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_chmod.
pub fn chmod(path: &str, mode: u32) -> OpResult {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(io_err("chmod", path))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_fchmod.
pub fn fchmod(fd: i32, mode: u32) -> OpResult {
    file(fd, "fchmod")?
        .set_permissions(fs::Permissions::from_mode(mode))
        .map_err(|e| UvError::from_io(&e, "fchmod"))?;
    Ok(Outcome::Undefined)
}

/// libuv's uv__fs_to_timespec: truncated seconds, nanoseconds cut to microseconds.
fn timespec(seconds: f64) -> rustix::fs::Timespec {
    let mut sec = seconds.trunc() as i64;
    let mut nsec = ((seconds - seconds.trunc()) * 1e9) as i64;
    nsec -= nsec % 1000;
    if nsec < 0 {
        nsec += 1_000_000_000;
        sec -= 1;
    }
    rustix::fs::Timespec { tv_sec: sec, tv_nsec: nsec as _ }
}

fn timestamps(atime: f64, mtime: f64) -> rustix::fs::Timestamps {
    rustix::fs::Timestamps { last_access: timespec(atime), last_modification: timespec(mtime) }
}

/// uv_fs_utime / uv_fs_lutime (times in seconds).
pub fn utimes(path: &str, atime: f64, mtime: f64, follow: bool) -> OpResult {
    let (flags, syscall) = if follow {
        (rustix::fs::AtFlags::empty(), "utime")
    } else {
        (rustix::fs::AtFlags::SYMLINK_NOFOLLOW, "lutime")
    };
    rustix::fs::utimensat(rustix::fs::CWD, path, &timestamps(atime, mtime), flags)
        .map_err(|e| UvError::new(e.raw_os_error(), syscall).path(path))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_futime.
pub fn futimes(fd: i32, atime: f64, mtime: f64) -> OpResult {
    let f = file(fd, "futime")?;
    rustix::fs::futimens(&*f, &timestamps(atime, mtime)).map_err(|e| UvError::new(e.raw_os_error(), "futime"))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_ftruncate.
pub fn ftruncate(fd: i32, len: u64) -> OpResult {
    file(fd, "ftruncate")?.set_len(len).map_err(|e| UvError::from_io(&e, "ftruncate"))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_fsync / uv_fs_fdatasync.
pub fn fsync(fd: i32, data_only: bool) -> OpResult {
    let syscall = if data_only { "fdatasync" } else { "fsync" };
    let f = file(fd, syscall)?;
    if data_only { f.sync_data() } else { f.sync_all() }.map_err(|e| UvError::from_io(&e, syscall))?;
    Ok(Outcome::Undefined)
}

/// uv_fs_mkdtemp: `prefix` and six random characters, created with mode 0o700.
pub fn mkdtemp(prefix: &str) -> OpResult {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for _ in 0..100 {
        let mut random = [0u8; 6];
        getrandom::fill(&mut random).map_err(|_| UvError::new(EINVAL, "mkdtemp"))?;
        let suffix: String = random.iter().map(|&b| CHARS[usize::from(b) % CHARS.len()] as char).collect();
        let path = format!("{prefix}{suffix}");
        match fs::DirBuilder::new().mode(0o700).create(&path) {
            Ok(()) => return Ok(Outcome::Text(path)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(UvError::from_io(&e, "mkdtemp").path(&format!("{prefix}XXXXXX"))),
        }
    }
    Err(UvError::new(EEXIST, "mkdtemp").path(&format!("{prefix}XXXXXX")))
}

/// Node's kIoMaxLength: the largest file `readFile` reads whole (2 GiB - 1).
const IO_MAX_LENGTH: u64 = (1 << 31) - 1;

/// What `readFile` reads from.
pub enum Source {
    Path(String, i32),
    Fd(i32),
}

/// Node's readFile: open (for a path), read to the end, close. `fd_syscall` names the call
/// a bad descriptor is reported as (`fstat` for readFile, `read` for readFileUtf8).
pub fn read_file(source: &Source, fd_syscall: &'static str) -> Result<Vec<u8>, UvError> {
    let f = match source {
        Source::Path(path, flags) => Arc::new(open_private(path, *flags, 0o666)?),
        Source::Fd(fd) => file(*fd, fd_syscall)?,
    };
    let mut bytes = Vec::new();
    if let Ok(m) = f.metadata()
        && m.is_file()
    {
        if m.len() > IO_MAX_LENGTH {
            return Err(UvError { file_too_large: Some(m.len()), ..UvError::new(EINVAL, "read") });
        }
        bytes.reserve(m.len() as usize);
    }
    // A file that keeps giving (/dev/zero, a growing file) stops at the limit too.
    (&*f).take(IO_MAX_LENGTH + 1).read_to_end(&mut bytes).map_err(|e| UvError::from_io(&e, "read"))?;
    if bytes.len() as u64 > IO_MAX_LENGTH {
        return Err(UvError { file_too_large: Some(bytes.len() as u64), ..UvError::new(EINVAL, "read") });
    }
    Ok(bytes)
}

/// Node's writeFile: open (for a path) with `flags` and `mode`, write everything, close.
pub fn write_file(target: &Source, data: &[u8], mode: u32) -> OpResult {
    let f = match target {
        Source::Path(path, flags) => Arc::new(open_private(path, *flags, mode)?),
        Source::Fd(fd) => file(*fd, "write")?,
    };
    (&*f).write_all(data).map_err(|e| UvError::from_io(&e, "write"))?;
    Ok(Outcome::Undefined)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory under the system's temporary directory, removed on drop.
    struct TempDir(std::path::PathBuf);

    impl TempDir {
        fn new() -> TempDir {
            let Ok(Outcome::Text(p)) = mkdtemp(&std::env::temp_dir().join("spindle-ops-").to_string_lossy()) else {
                panic!("mkdtemp")
            };
            TempDir(p.into())
        }

        fn join(&self, name: &str) -> String {
            self.0.join(name).to_string_lossy().into_owned()
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn recursive_mkdir_reports_the_first_directory_it_made() {
        let t = TempDir::new();
        let Ok(Outcome::MaybeText(Some(first))) = mkdir(&t.join("a/b/c"), 0o777, true) else { panic!() };
        assert_eq!(first, t.join("a"));
        assert!(matches!(mkdir(&t.join("a/b/c"), 0o777, true), Ok(Outcome::MaybeText(None))));
        fs::write(t.join("f"), b"").unwrap();
        let e = mkdir(&t.join("f/x"), 0o777, true).err().unwrap();
        assert_eq!(e.code(), "ENOTDIR");
        assert_eq!(mkdir(&t.join("f"), 0o777, true).err().unwrap().code(), "EEXIST");
    }

    #[test]
    fn errors_read_as_node_prints_them() {
        let t = TempDir::new();
        let missing = t.join("nope");
        let e = open(&missing, 0, 0).err().unwrap();
        assert_eq!(e.message(), format!("ENOENT: no such file or directory, open '{missing}'"));
        let e = read_file(&Source::Path(t.0.to_string_lossy().into_owned(), 0), "fstat").err().unwrap();
        assert_eq!(e.message(), "EISDIR: illegal operation on a directory, read");
        let e = rename(&missing, &t.join("b")).err().unwrap();
        assert!(e.message().ends_with(&format!("rename '{missing}' -> '{}'", t.join("b"))));
        assert_eq!(close(987_654).err().unwrap().message(), "EBADF: bad file descriptor, close");
    }

    #[test]
    fn descriptors_read_write_and_close_through_the_table() {
        let t = TempDir::new();
        let p = t.join("f");
        let Ok(Outcome::Number(fd)) = open(&p, 0o1 | 0o100, 0o644) else { panic!() };
        let fd = fd as i32;
        assert!(matches!(write(fd, b"hello", -1), Ok(Outcome::Number(n)) if n == 5.0));
        assert!(matches!(write(fd, b"J", 0), Ok(Outcome::Number(n)) if n == 1.0));
        close(fd).unwrap();
        assert!(read(fd, 4, 0).is_err());
        assert_eq!(read_file(&Source::Path(p, 0), "fstat").unwrap(), b"Jello");
    }
}
