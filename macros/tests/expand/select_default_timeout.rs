select! {
    recv(quit) => return,
    recv(gort::time::after(timeout)) -> _ => println!("timeout"),
    default => continue,
}
