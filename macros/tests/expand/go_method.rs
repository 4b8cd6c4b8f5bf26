go!(pool.clone().run(next_id(), 5, |x| x * 2))
