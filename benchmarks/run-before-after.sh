#!/usr/bin/env bash
# Before/after in one sitting: the same benchmark source (this checkout's benchmarks/ module) against the library
# at two commits, run back to back with the same arguments. Each commit is exported with `git archive` into
# benchmarks/target/before-after/<before|after>/ (no checkout, no worktree: the repository is left alone), its
# benchmarks/ directory is replaced by this checkout's (pom, sources, scripts), and the benchmark script runs
# there unchanged.
#   JMH:  benchmarks/run-before-after.sh BEFORE AFTER [JMH arguments...]
#         e.g. benchmarks/run-before-after.sh 9b6a42c HEAD ErrorPathBenchmark -prof gc
#         writes before.json, after.json and summary.md (ns/op, B/op, problemGuide - handWritten) there.
#   HTTP: benchmarks/run-before-after.sh BEFORE AFTER --http [rounds] [seconds-per-run] [warm-up-seconds]
#         runs run-http.sh in each tree, keeps benchmarks/results/<name>-before.* and <name>-after.* here and
#         draws both into benchmarks/results/<name>-before-after.png (name: http-<date>-<time>).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: benchmarks/run-before-after.sh BEFORE AFTER [JMH arguments... | --http [rounds] [seconds] [warm-up]]"
  exit 2
fi
BEFORE=$(git rev-parse --verify "$1^{commit}")
AFTER=$(git rev-parse --verify "$2^{commit}")
shift 2
OUT=$(pwd)/benchmarks/target/before-after
rm -rf "$OUT"
mkdir -p "$OUT"

for label in before after; do
  commit=$BEFORE
  [ "$label" = after ] && commit=$AFTER
  dir="$OUT/$label"
  mkdir -p "$dir"
  git archive "$commit" | tar -x -C "$dir"
  rm -rf "$dir/benchmarks"
  mkdir "$dir/benchmarks"
  cp -r benchmarks/pom.xml benchmarks/src benchmarks/*.sh "$dir/benchmarks/"
  echo "$commit" > "$dir/COMMIT"
done

echo "before: $BEFORE"
echo "after:  $AFTER"
echo "benchmarks: this checkout's ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- benchmarks || echo ', modified'))"

if [ "${1:-}" = "--http" ]; then
  shift
  NAME=http-$(date +%Y-%m-%d-%H%M)
  for label in before after; do
    echo "=== $label: $(cat "$OUT/$label/COMMIT")"
    "$OUT/$label/benchmarks/run-http.sh" "${1:-5}" "${2:-10}" "${3:-30}" "$NAME-$label"
    cp "$OUT/$label/benchmarks/results/$NAME-$label".* "$OUT/$label/benchmarks/results/$NAME-$label-summary.md" \
        benchmarks/results/
  done
  benchmarks/chart-http.sh "benchmarks/results/$NAME-before-after.png" \
      "benchmarks/results/$NAME-before.tsv" "benchmarks/results/$NAME-after.tsv"
  exit 0
fi

for label in before after; do
  echo "=== $label: $(cat "$OUT/$label/COMMIT")"
  "$OUT/$label/benchmarks/run-jmh.sh" "$@" -rf json -rff "$OUT/$label.json"
done

python3 - "$OUT/before.json" "$OUT/after.json" "$BEFORE" "$AFTER" <<'PY' | tee "$OUT/summary.md"
import json, math, sys

def load(path):
    results = {}
    for r in json.load(open(path)):
        name = ".".join(r["benchmark"].split(".")[-2:])
        if r.get("params"):
            name += " " + ",".join(f"{k}={v}" for k, v in sorted(r["params"].items()))
        norm = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        results[name] = (float(r["primaryMetric"]["score"]), float(r["primaryMetric"]["scoreError"]),
                         r["primaryMetric"]["scoreUnit"], float(norm["score"]) if norm else None)
    return results

before, after = load(sys.argv[1]), load(sys.argv[2])
print(f"before {sys.argv[3][:10]}, after {sys.argv[4][:10]}, the same benchmark source")
print()
print("| benchmark | before | after | after / before | before B/op | after B/op |")
print("|---|---|---|---|---|---|")
def number(v):
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.1f}"
def bytes_(v):
    return "" if v is None else f"{v:.0f}"
for name in sorted(set(before) | set(after)):
    b, a = before.get(name), after.get(name)
    cell = lambda x: "" if x is None else number(x[0]) + ("" if math.isnan(x[1]) else " ± " + number(x[1])) + " " + x[2]
    ratio = f"{a[0] / b[0]:.2f}x" if a and b and b[0] else ""
    print(f"| {name} | {cell(b)} | {cell(a)} | {ratio} | {bytes_(b and b[3])} | {bytes_(a and a[3])} |")
for cls in sorted({n.split(".")[0] for n in before | after}):
    pg, hw = cls + ".problemGuide", cls + ".handWritten"
    line = []
    for label, res in (("before", before), ("after", after)):
        if pg in res and hw in res:
            ns = res[pg][0] - res[hw][0]
            b = "" if res[pg][3] is None or res[hw][3] is None else f", {res[pg][3] - res[hw][3]:,.0f} B"
            line.append(f"{label} {ns:,.0f} {res[pg][2].split('/')[0]}{b}")
    if line:
        print()
        print(f"What Problem Guide adds per error ({cls}: problemGuide - handWritten): " + "; ".join(line))
PY
