//! A Rust stream consumed by JavaScript's `for await`: readings from a (simulated) sensor,
//! produced by a tokio interval. The stream is polled only when the loop asks for the next
//! reading — the consumer's pace holds the producer back — and `break` drops it.
//!
//! `cargo run --release -p spindle-embed-examples --bin rust_stream`

use futures_util::StreamExt;
use spindle_runtime::{Runtime, RuntimeOptions};
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let tokio = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    tokio.block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        let produced = Rc::new(Cell::new(0u32));
        let counter = Rc::clone(&produced);
        let readings = futures_util::stream::unfold(0u32, move |n| {
            let counter = Rc::clone(&counter);
            async move {
                tokio::time::sleep(Duration::from_millis(2)).await;
                counter.set(counter.get() + 1);
                Some((serde_json::json!({ "seq": n, "celsius": 20 + n }), n + 1))
            }
        })
        .boxed_local();
        let sensor = rt.async_iterable(readings)?;
        rt.set_global("sensor", &sensor)?;
        let watch = rt
            .eval(
                r#"(async () => {
                    let total = 0;
                    for await (const reading of sensor) {
                        total += reading.celsius;
                        console.log(`reading ${reading.seq}: ${reading.celsius} °C`);
                        if (reading.celsius >= 25) { console.log('too warm: stop'); break; }
                    }
                    return total;
                })()"#,
            )
            .await?;
        let total: f64 = rt.resolve_as(&watch).await?;
        println!("sum of readings: {total}; the stream produced {} readings", produced.get());
        Ok(())
    })
}
