//! A JavaScript async generator consumed as a Rust `Stream`: the generator pages through
//! results (waiting on a timer per page, as it would on a network), Rust takes items until
//! it has enough and drops the stream — and the generator's `finally` runs.
//!
//! `cargo run --release -p spindle-embed-examples --bin js_generator`

use futures_util::StreamExt;
use spindle_runtime::{Runtime, RuntimeOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let tokio = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    tokio.block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        let pages = rt
            .eval(
                r#"(async function* pages() {
                    try {
                        for (let page = 1; ; page++) {
                            await new Promise((resolve) => setTimeout(resolve, 5));
                            console.log(`fetched page ${page}`);
                            for (let i = 0; i < 3; i++) yield { page, item: `p${page}-${i}` };
                        }
                    } finally {
                        console.log('generator closed: finally ran');
                    }
                })()"#,
            )
            .await?;
        let mut items = Vec::new();
        {
            let mut stream = rt.iterate::<serde_json::Value>(&pages)?;
            while let Some(item) = stream.next().await {
                items.push(item?["item"].as_str().unwrap_or_default().to_string());
                if items.len() == 5 {
                    break;
                }
            }
        } // the stream is dropped here: return() is called on the generator
        println!("took {items:?}");
        rt.run_event_loop().await?;
        Ok(())
    })
}
