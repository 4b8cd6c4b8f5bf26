#!/usr/bin/env bash
# Runtime benchmarks: each workload in Go (`<name>/main.go`) and by hand on gort's API
# (`src/bin/<name>.rs`), run alternately in one hyperfine session; peak RSS via /usr/bin/time.
# Usage: bench/runtime/run.sh [runs]   (needs hyperfine; Go from .venv-go or PATH)
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
runs=${1:-5}
go=${GO:-$root/.venv-go/bin/go}
[ -x "$go" ] || go=go
out=${CARGO_TARGET_DIR:-$root/target}
bin=$(mktemp -d)
cargo build --release -q -p gort-bench-runtime
for w in pingpong prodcons fanin spawn1m spawnexit mutex; do
  (cd "$w" && "$go" build -o "$bin/go-$w" main.go)
  cp "$out/release/$w" "$bin/gort-$w"
done
echo "date: $(date -u +%Y-%m-%d) nproc: $(nproc) cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) go: $("$go" version | cut -d' ' -f3)"
for w in pingpong prodcons fanin spawn1m spawnexit mutex; do
  hyperfine -N -w 1 -r "$runs" --export-json "$bin/$w.json" "$bin/go-$w" "$bin/gort-$w" >/dev/null
  python3 - "$bin/$w.json" "$w" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
g, o = r[0]["median"], r[1]["median"]
gc, oc = r[0]["user"] + r[0]["system"], r[1]["user"] + r[1]["system"]
print(f"{sys.argv[2]:<10} wall median: go {g*1000:7.1f} ms  gort {o*1000:7.1f} ms  ratio {o/g:4.2f}"
      f"   cpu mean: go {gc*1000:7.1f} ms  gort {oc*1000:7.1f} ms  ratio {oc/gc:4.2f}")
PY
  for who in go gort; do
    /usr/bin/time -f "$w $who peak RSS %M KB" "$bin/$who-$w" 2>&1 >/dev/null | tail -1
  done
done
