//! Links the `spindle` executable at a fixed address (not position-independent), as Node's
//! Linux releases are: a PIE binary makes the dynamic loader apply ~21 600 relocations and
//! copy ~90 pages at every start (docs/performance.md, "Start-up").

fn main() {
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if target_os == "linux" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
