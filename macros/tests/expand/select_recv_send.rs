select! {
    recv(ch1) -> v => println!("got {v}"),
    send(out, v + 1) => {}
    recv(ch3) -> (v, ok) => {
        if !ok {
            break;
        }
        total += v;
    }
}
