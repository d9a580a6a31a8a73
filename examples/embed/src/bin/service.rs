//! A tokio web-style service whose request handlers are JavaScript: a pool of two Spindle
//! runtimes on their own threads serves HTTP requests concurrently; each handler awaits a
//! Rust async function. The application around it is ordinary multi-threaded tokio code —
//! the futures the pool returns are `Send`, the runtimes never leave their threads.
//!
//! `cargo run --release -p spindle-embed-examples --bin service` starts the service on a
//! local port, sends it six concurrent requests, prints the responses and stops;
//! `-- --serve 8080` keeps serving on port 8080.

use spindle_runtime::{JsError, Runtime, RuntimeOptions, RuntimePool};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// Each runtime: a `lookup` host function and the handlers.
fn setup(rt: &mut Runtime, id: usize) -> Result<(), spindle_runtime::Error> {
    rt.register_async_fn("lookup", |(user,): (u32,)| async move {
        // A database call: it takes a while, and JavaScript goes on meanwhile.
        tokio::time::sleep(Duration::from_millis(20)).await;
        let users = ["ada", "grace", "barbara"];
        Ok::<_, JsError>(users.get(user as usize).map(|name| serde_json::json!({ "id": user, "name": name })))
    })?;
    rt.set_global("runtimeId", id as u32)?;
    rt.eval_script(include_str!("../../handlers.js"), "handlers.js")?;
    Ok(())
}

/// Answers one HTTP/1.0-style request by calling the JavaScript handler on the pool.
async fn serve_connection(pool: Arc<RuntimePool>, mut stream: TcpStream) -> std::io::Result<()> {
    let mut first = String::new();
    BufReader::new(&mut stream).read_line(&mut first).await?;
    let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
    let response = pool
        .spawn::<serde_json::Value, _>(move |rt| {
            let handle = rt.global("handle")?;
            let request = rt.to_js(serde_json::json!({ "path": path }))?;
            rt.call(&handle, (request,))
        })
        .await;
    let (status, body) = match response {
        Ok(r) => (r["status"].as_u64().unwrap_or(500), r["body"].to_string()),
        Err(e) => (500, serde_json::json!({ "error": e.to_string() }).to_string()),
    };
    let reply = format!("HTTP/1.0 {status} X\r\ncontent-type: application/json\r\n\r\n{body}");
    stream.write_all(reply.as_bytes()).await?;
    stream.shutdown().await
}

async fn get(port: u16, path: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
    stream.write_all(format!("GET {path} HTTP/1.0\r\n\r\n").as_bytes()).await?;
    let mut reply = String::new();
    stream.read_to_string(&mut reply).await?;
    let status = reply.split_whitespace().nth(1).unwrap_or("?").to_string();
    let body = reply.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    Ok(format!("{status} {body}"))
}

fn main() -> std::io::Result<()> {
    let serve_port = std::env::args().skip_while(|a| a != "--serve").nth(1).and_then(|p| p.parse::<u16>().ok());
    let next_id = std::sync::atomic::AtomicUsize::new(0);
    let pool = Arc::new(RuntimePool::new(2, RuntimeOptions::new, move |rt| {
        setup(rt, next_id.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    })?);
    let tokio = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    tokio.block_on(async {
        let listener = TcpListener::bind(("127.0.0.1", serve_port.unwrap_or(0))).await?;
        let port = listener.local_addr()?.port();
        let accept = {
            let pool = Arc::clone(&pool);
            tokio::spawn(async move {
                while let Ok((stream, _)) = listener.accept().await {
                    tokio::spawn(serve_connection(Arc::clone(&pool), stream));
                }
            })
        };
        if serve_port.is_some() {
            println!("serving on http://127.0.0.1:{port}/users/0");
            let _ = accept.await;
            return Ok(());
        }
        // Six requests at once: they are served concurrently (about 20 ms in all, not 120).
        let started = std::time::Instant::now();
        let paths = ["/users/0", "/users/1", "/users/2", "/users/7", "/orders/1", "/users/1"];
        let requests: Vec<_> = paths.iter().map(|p| tokio::spawn(get(port, p))).collect();
        for (path, request) in paths.iter().zip(requests) {
            let reply = request.await.map_err(std::io::Error::other)??;
            // Which runtime served a request varies; the rest does not.
            let reply = reply
                .replace("\"servedBy\":\"runtime 0\"", "\"servedBy\":\"runtime N\"")
                .replace("\"servedBy\":\"runtime 1\"", "\"servedBy\":\"runtime N\"");
            println!("GET {path} -> {reply}");
        }
        eprintln!("six requests in {:?}", started.elapsed());
        accept.abort();
        Ok(())
    })
}
