//! libuv's view of system errors (Node: src/uv.cc, deps/uv/include/uv/errno.h and
//! uv_strerror): the negative `errno`, the code name and the description Node's
//! `uvException` puts in an fs error's message.

use std::io;

/// A failed file-system call, as Node reports it.
#[derive(Debug)]
pub struct UvError {
    /// The positive OS error number (Linux), or one of the `UV_*` pseudo numbers below.
    pub errno: i32,
    pub syscall: &'static str,
    pub path: Option<String>,
    pub dest: Option<String>,
    /// Not a system error: a whole-file read past Node's kIoMaxLength (2 GiB - 1), which Node
    /// reports as RangeError ERR_FS_FILE_TOO_LARGE with the size reached.
    pub file_too_large: Option<u64>,
}

impl UvError {
    pub fn new(errno: i32, syscall: &'static str) -> Self {
        UvError { errno, syscall, path: None, dest: None, file_too_large: None }
    }

    /// The error of an `io::Error` from `syscall` (EIO when it carries no OS number).
    pub fn from_io(e: &io::Error, syscall: &'static str) -> Self {
        UvError::new(e.raw_os_error().unwrap_or(EIO), syscall)
    }

    pub fn path(mut self, path: &str) -> Self {
        self.path = Some(path.to_string());
        self
    }

    pub fn dest(mut self, dest: &str) -> Self {
        self.dest = Some(dest.to_string());
        self
    }

    /// `code: description, syscall 'path' -> 'dest'` (Node: lib/internal/errors.js
    /// uvException).
    pub fn message(&self) -> String {
        let (code, description) = describe(self.errno);
        let mut m = format!("{code}: {description}, {}", self.syscall);
        if let Some(p) = &self.path {
            m.push_str(&format!(" '{p}'"));
        }
        if let Some(d) = &self.dest {
            m.push_str(&format!(" -> '{d}'"));
        }
        m
    }

    pub fn code(&self) -> &'static str {
        describe(self.errno).0
    }
}

pub const EIO: i32 = 5;
pub const EBADF: i32 = 9;
pub const EEXIST: i32 = 17;
pub const ENOTDIR: i32 = 20;
pub const EISDIR: i32 = 21;
pub const EINVAL: i32 = 22;
pub const ENOTSUP: i32 = 95;

/// The code name and libuv's description of an OS error number (Linux numbering).
pub fn describe(errno: i32) -> (&'static str, &'static str) {
    match errno {
        1 => ("EPERM", "operation not permitted"),
        2 => ("ENOENT", "no such file or directory"),
        3 => ("ESRCH", "no such process"),
        4 => ("EINTR", "interrupted system call"),
        5 => ("EIO", "i/o error"),
        6 => ("ENXIO", "no such device or address"),
        7 => ("E2BIG", "argument list too long"),
        9 => ("EBADF", "bad file descriptor"),
        11 => ("EAGAIN", "resource temporarily unavailable"),
        12 => ("ENOMEM", "not enough memory"),
        13 => ("EACCES", "permission denied"),
        14 => ("EFAULT", "bad address in system call argument"),
        16 => ("EBUSY", "resource busy or locked"),
        17 => ("EEXIST", "file already exists"),
        18 => ("EXDEV", "cross-device link not permitted"),
        19 => ("ENODEV", "no such device"),
        20 => ("ENOTDIR", "not a directory"),
        21 => ("EISDIR", "illegal operation on a directory"),
        22 => ("EINVAL", "invalid argument"),
        23 => ("ENFILE", "file table overflow"),
        24 => ("EMFILE", "too many open files"),
        25 => ("ENOTTY", "inappropriate ioctl for device"),
        26 => ("ETXTBSY", "text file is busy"),
        27 => ("EFBIG", "file too large"),
        28 => ("ENOSPC", "no space left on device"),
        29 => ("ESPIPE", "invalid seek"),
        30 => ("EROFS", "read-only file system"),
        31 => ("EMLINK", "too many links"),
        32 => ("EPIPE", "broken pipe"),
        34 => ("ERANGE", "result too large"),
        36 => ("ENAMETOOLONG", "name too long"),
        38 => ("ENOSYS", "function not implemented"),
        39 => ("ENOTEMPTY", "directory not empty"),
        40 => ("ELOOP", "too many symbolic links encountered"),
        61 => ("ENODATA", "no data available"),
        75 => ("EOVERFLOW", "value too large for defined data type"),
        84 => ("EILSEQ", "illegal byte sequence"),
        95 => ("ENOTSUP", "operation not supported on socket"),
        122 => ("EDQUOT", "disk quota exceeded"),
        125 => ("ECANCELED", "operation canceled"),
        _ => ("UNKNOWN", "unknown error"),
    }
}

/// Node's `fs.constants` on Linux, in Node 20's key order.
pub const CONSTANTS: &[(&str, f64)] = &[
    ("UV_FS_SYMLINK_DIR", 1.0),
    ("UV_FS_SYMLINK_JUNCTION", 2.0),
    ("O_RDONLY", 0.0),
    ("O_WRONLY", 1.0),
    ("O_RDWR", 2.0),
    ("UV_DIRENT_UNKNOWN", 0.0),
    ("UV_DIRENT_FILE", 1.0),
    ("UV_DIRENT_DIR", 2.0),
    ("UV_DIRENT_LINK", 3.0),
    ("UV_DIRENT_FIFO", 4.0),
    ("UV_DIRENT_SOCKET", 5.0),
    ("UV_DIRENT_CHAR", 6.0),
    ("UV_DIRENT_BLOCK", 7.0),
    ("EXTENSIONLESS_FORMAT_JAVASCRIPT", 0.0),
    ("EXTENSIONLESS_FORMAT_WASM", 1.0),
    ("S_IFMT", 61440.0),
    ("S_IFREG", 32768.0),
    ("S_IFDIR", 16384.0),
    ("S_IFCHR", 8192.0),
    ("S_IFBLK", 24576.0),
    ("S_IFIFO", 4096.0),
    ("S_IFLNK", 40960.0),
    ("S_IFSOCK", 49152.0),
    ("O_CREAT", 64.0),
    ("O_EXCL", 128.0),
    ("UV_FS_O_FILEMAP", 0.0),
    ("O_NOCTTY", 256.0),
    ("O_TRUNC", 512.0),
    ("O_APPEND", 1024.0),
    ("O_DIRECTORY", 65536.0),
    ("O_NOATIME", 262144.0),
    ("O_NOFOLLOW", 131072.0),
    ("O_SYNC", 1052672.0),
    ("O_DSYNC", 4096.0),
    ("O_DIRECT", 16384.0),
    ("O_NONBLOCK", 2048.0),
    ("S_IRWXU", 448.0),
    ("S_IRUSR", 256.0),
    ("S_IWUSR", 128.0),
    ("S_IXUSR", 64.0),
    ("S_IRWXG", 56.0),
    ("S_IRGRP", 32.0),
    ("S_IWGRP", 16.0),
    ("S_IXGRP", 8.0),
    ("S_IRWXO", 7.0),
    ("S_IROTH", 4.0),
    ("S_IWOTH", 2.0),
    ("S_IXOTH", 1.0),
    ("F_OK", 0.0),
    ("R_OK", 4.0),
    ("W_OK", 2.0),
    ("X_OK", 1.0),
    ("UV_FS_COPYFILE_EXCL", 1.0),
    ("COPYFILE_EXCL", 1.0),
    ("UV_FS_COPYFILE_FICLONE", 2.0),
    ("COPYFILE_FICLONE", 2.0),
    ("UV_FS_COPYFILE_FICLONE_FORCE", 4.0),
    ("COPYFILE_FICLONE_FORCE", 4.0),
];
