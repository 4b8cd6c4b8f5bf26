use std::rc::Rc;

async fn show(v: Rc<i64>) {
    println!("{v}");
}

fn main() {
    gort::go!(show(Rc::new(1)));
}
