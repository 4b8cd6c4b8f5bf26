//! Packages of `golang.org/x/sync`, the Go team's extension of `sync` that concurrent Go
//! programs import more than any other non-standard module: [`errgroup`] and [`semaphore`].

pub mod errgroup;
pub mod semaphore;
