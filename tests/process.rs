//! Running a child process with captured output and a timeout, and running jobs on a few threads.

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What a finished (or killed) child did.
#[derive(Debug, Clone)]
pub struct Output {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// `None` when killed by a signal (including our own kill on timeout).
    pub code: Option<i32>,
    pub timed_out: bool,
    pub elapsed: Duration,
}

/// Runs `cmd` with stdin closed, capturing stdout and stderr; kills it (and its process group)
/// after `timeout`.
pub fn run(cmd: &mut Command, timeout: Duration) -> std::io::Result<Output> {
    run_with_input(cmd, None, timeout)
}

/// [`run`], with `input` (when given) fed to the child's stdin, which is then closed.
pub fn run_with_input(cmd: &mut Command, input: Option<&[u8]>, timeout: Duration) -> std::io::Result<Output> {
    let start = Instant::now();
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(cmd, 0);
    let stdin = if input.is_some() { Stdio::piped() } else { Stdio::null() };
    let mut child = cmd.stdin(stdin).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    // Fed on its own thread: a child that prints before it reads must not deadlock with us. A
    // child that exits without reading everything makes the write fail; that is its business.
    let feeder = child.stdin.take().zip(input.map(<[u8]>::to_vec)).map(|(mut pipe, bytes)| {
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    // Both pipes are drained on their own threads so a chatty child never blocks on a full pipe.
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let (status, timed_out) = wait_with_timeout(&mut child, timeout)?;
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    if let Some(f) = feeder {
        let _ = f.join();
    }
    Ok(Output { stdout, stderr, code: status.and_then(|s| s.code()), timed_out, elapsed: start.elapsed() })
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> std::io::Result<(Option<std::process::ExitStatus>, bool)> {
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok((Some(status), false));
        }
        if Instant::now() >= deadline {
            // The child leads its own process group: take down anything it started too, so
            // no grandchild keeps our pipes open.
            #[cfg(unix)]
            let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", child.id())]).stderr(Stdio::null()).status();
            let _ = child.kill();
            let status = child.wait()?;
            return Ok((Some(status).filter(|s| s.code().is_some()), true));
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Runs `f` over `items` on `jobs` threads; results come back in the order of `items`.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = Mutex::new(0usize);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1).min(items.len().max(1)) {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    let i = *n;
                    *n += 1;
                    i
                };
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                results.lock().unwrap()[i] = Some(r);
            });
        }
    });
    results.into_inner().unwrap().into_iter().map(|r| r.expect("every item ran")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_cases() {
        // (shell script, timeout ms, stdout, stderr, code, timed out)
        let cases: &[(&str, u64, &str, &str, Option<i32>, bool)] = &[
            ("echo out; echo err >&2; exit 3", 5000, "out\n", "err\n", Some(3), false),
            ("printf x", 5000, "x", "", Some(0), false),
            ("echo before; sleep 5", 300, "before\n", "", None, true),
            ("kill -9 $$", 5000, "", "", None, false),
        ];
        for (script, ms, stdout, stderr, code, timed_out) in cases {
            let o = run(Command::new("sh").args(["-c", script]), Duration::from_millis(*ms)).unwrap();
            assert_eq!(String::from_utf8_lossy(&o.stdout), *stdout, "{script}");
            assert_eq!(String::from_utf8_lossy(&o.stderr), *stderr, "{script}");
            assert_eq!((o.code, o.timed_out), (*code, *timed_out), "{script}");
        }
    }

    #[test]
    fn run_with_input_cases() {
        // (shell script, stdin, stdout)
        let cases: &[(&str, Option<&[u8]>, &str)] = &[
            ("cat", Some(b"line 1\nline 2"), "line 1\nline 2"),
            ("cat", None, ""),
            ("wc -l", Some(b"a\nb\nc\n"), "3\n"),
            // Exits without reading: the unread input is dropped, not an error.
            ("echo done", Some(&[b'x'; 1 << 20]), "done\n"),
        ];
        for (script, input, stdout) in cases {
            let o = run_with_input(Command::new("sh").args(["-c", script]), *input, Duration::from_secs(5)).unwrap();
            assert_eq!(String::from_utf8_lossy(&o.stdout).trim_start(), *stdout, "{script}");
            assert_eq!((o.code, o.timed_out), (Some(0), false), "{script}");
        }
    }

    #[test]
    fn parallel_map_keeps_order() {
        let items: Vec<u64> = (0..50).collect();
        assert_eq!(parallel_map(&items, 4, |x| x * 2), items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert!(parallel_map(&Vec::<u8>::new(), 4, |x| *x).is_empty());
    }
}
