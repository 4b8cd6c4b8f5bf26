select_blocking! {
    recv(jobs) -> job => results.send_blocking(job * 2),
    send(if stop { Chan::nil() } else { ticks.clone() }, n) => n += 1,
}
