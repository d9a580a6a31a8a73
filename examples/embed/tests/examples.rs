//! The embedding examples print what they are meant to: run each binary, compare stdout.

use std::process::Command;

fn run(exe: &str) -> String {
    let out = Command::new(exe).output().expect("the example runs");
    assert!(out.status.success(), "{exe}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn service_answers_concurrent_requests() {
    assert_eq!(
        run(env!("CARGO_BIN_EXE_service")),
        "GET /users/0 -> 200 {\"id\":0,\"name\":\"ada\",\"servedBy\":\"runtime N\"}\n\
         GET /users/1 -> 200 {\"id\":1,\"name\":\"grace\",\"servedBy\":\"runtime N\"}\n\
         GET /users/2 -> 200 {\"id\":2,\"name\":\"barbara\",\"servedBy\":\"runtime N\"}\n\
         GET /users/7 -> 404 {\"error\":\"no user 7\"}\n\
         GET /orders/1 -> 404 {\"error\":\"no route for /orders/1\"}\n\
         GET /users/1 -> 200 {\"id\":1,\"name\":\"grace\",\"servedBy\":\"runtime N\"}\n"
    );
}

#[test]
fn rust_stream_is_pulled_by_for_await() {
    let expected: String = (0..6).map(|n| format!("reading {n}: {} °C\n", 20 + n)).collect::<String>()
        + "too warm: stop\nsum of readings: 135; the stream produced 6 readings\n";
    assert_eq!(run(env!("CARGO_BIN_EXE_rust_stream")), expected);
}

#[test]
fn js_generator_is_closed_when_the_stream_drops() {
    assert_eq!(
        run(env!("CARGO_BIN_EXE_js_generator")),
        "fetched page 1\nfetched page 2\ngenerator closed: finally ran\n\
         took [\"p1-0\", \"p1-1\", \"p1-2\", \"p2-0\", \"p2-1\"]\n"
    );
}
