go! {
    let v = ch.recv().await;
    done.send(v * 2).await;
}
