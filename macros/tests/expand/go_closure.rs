go!((move |n| async move { out.send(n).await })(count()))
