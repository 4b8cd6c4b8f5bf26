go!(worker(i, jobs.clone(), results.clone()))
