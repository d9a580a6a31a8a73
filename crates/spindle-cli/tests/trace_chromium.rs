//! `spindle --trace-async=FILE.html` rendered by a real browser (issue 22): for each program
//! of `examples/trace/`, headless Chromium (Debian's `chromium` package) loads the page
//! offline, the page reports on `<body data-status>` that its viewer drew the timeline with
//! no script error, and the screenshot is not blank: it shows the macrotask and job slices
//! in their colours.
//!
//! The browser is found as `$SPINDLE_CHROMIUM`, else `chromium` or `chromium-browser` on the
//! PATH. Without one the test says so on stderr and checks nothing — unless
//! `SPINDLE_REQUIRE_CHROMIUM` is set (`.ci/run` sets it when a browser is installed), in
//! which case a missing browser is a failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const EXAMPLES: [&str; 5] = ["login", "co", "async-await", "async-generator", "worker-bridge"];
/// The viewer's fill colours (html.rs): a macrotask slice and a microtask job slice.
const MACROTASK: [u8; 3] = [0x90, 0xca, 0xf9];
const JOB: [u8; 3] = [0xa5, 0xd6, 0xa7];

fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SPINDLE_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Runs the browser with a deadline (a hung browser fails the test instead of hanging it);
/// returns what it printed. Its output goes to a file: a pipe nobody reads while waiting
/// would fill and stall the browser.
fn chromium(browser: &Path, profile: &Path, args: &[String]) -> String {
    let out_file = profile.with_extension("out");
    let mut child = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .stdout(std::fs::File::create(&out_file).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 120 s: {args:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "chromium failed: {args:?}");
    std::fs::read_to_string(&out_file).unwrap()
}

/// The share of pixels with exactly the colour `rgb`, and the share that differ from the
/// most common colour (the background).
fn pixel_shares(png_file: &Path, rgb: &[[u8; 3]]) -> (Vec<f64>, f64) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png_file).unwrap()));
    let mut reader = decoder.read_info().expect("a PNG screenshot");
    let mut buf = vec![0; reader.output_buffer_size().expect("image size")];
    let info = reader.next_frame(&mut buf).expect("PNG frame");
    let channels = info.color_type.samples();
    assert!(channels >= 3, "an RGB screenshot");
    let pixels: Vec<[u8; 3]> = buf[..info.buffer_size()].chunks(channels).map(|p| [p[0], p[1], p[2]]).collect();
    let mut counts = std::collections::HashMap::new();
    for p in &pixels {
        *counts.entry(*p).or_insert(0usize) += 1;
    }
    let total = pixels.len() as f64;
    let background = counts.values().copied().max().unwrap_or(0) as f64;
    let shares = rgb.iter().map(|c| counts.get(c).copied().unwrap_or(0) as f64 / total).collect();
    (shares, 1.0 - background / total)
}

#[test]
fn the_html_timeline_renders_in_chromium() {
    let Some(browser) = find_chromium() else {
        assert!(
            std::env::var_os("SPINDLE_REQUIRE_CHROMIUM").is_none(),
            "SPINDLE_REQUIRE_CHROMIUM is set but no chromium was found (install Debian's `chromium` package)"
        );
        eprintln!("trace_chromium: no chromium on this machine (install Debian's `chromium` package); not checked");
        return;
    };
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/trace");
    let dir = std::env::temp_dir().join(format!("spindle-trace-chromium-{}", std::process::id()));
    let profile = dir.join("profile");
    std::fs::create_dir_all(&profile).unwrap();
    for example in EXAMPLES {
        let page = dir.join(format!("{example}.html"));
        let status = Command::new(env!("CARGO_BIN_EXE_spindle"))
            .current_dir(&examples)
            .arg(format!("--trace-async={}", page.display()))
            .arg(format!("{example}.js"))
            .stdout(Stdio::null())
            .status()
            .expect("run spindle");
        assert!(status.success(), "{example}: spindle failed");
        let url = format!("file://{}", page.display());

        let dom = chromium(&browser, &profile, &["--dump-dom".into(), url.clone()]);
        assert!(
            dom.contains("data-status=\"drawn\""),
            "{example}: the viewer reports no drawn timeline (a script error?): {}",
            dom.lines().find(|l| l.contains("<body")).unwrap_or("no <body> in the DOM")
        );
        assert!(dom.contains("<rect"), "{example}: the timeline has no slices");

        let shot = dir.join(format!("{example}.png"));
        chromium(
            &browser,
            &profile,
            &["--window-size=1400,520".into(), format!("--screenshot={}", shot.display()), url],
        );
        let (shares, drawn) = pixel_shares(&shot, &[MACROTASK, JOB]);
        assert!(drawn > 0.05, "{example}: the screenshot is nearly blank ({:.1} % drawn)", drawn * 100.0);
        assert!(shares[0] > 0.0005, "{example}: no macrotask slice on screen");
        assert!(shares[1] > 0.0005, "{example}: no job slice on screen");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
