#!/usr/bin/env bash
# The client's benchmarks in one JMH run (issue 14): decoding a problem (ProblemReadBenchmark: Problem Guide,
# Zalando's ObjectMapper + ProblemModule, plain Jackson into a Map) and the wrapper's cost on a 200 answer
# (ClientOverheadBenchmark: plain and wrapped Jersey client, over HTTP to Grizzly at 127.0.0.1 and in process),
# all with -prof gc. Keeps the raw JSON and a summary with the ratios as benchmarks/results/<name>.json and
# <name>-summary.md. See BENCHMARKS.md.
# Usage: benchmarks/run-client.sh [name] [JMH arguments...]
#        (name defaults to client-<date>-<time>; an existing name is refused, never overwritten;
#         e.g. benchmarks/run-client.sh client-quick -f 1 -wi 2 -i 3)
set -euo pipefail
cd "$(dirname "$0")/.."
NAME=client-$(date +%Y-%m-%d-%H%M)
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
  NAME=$1
  shift
fi
KEEP=benchmarks/results
mkdir -p "$KEEP"
[[ "$NAME" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "name must be letters, digits, '.', '_' or '-': $NAME"; exit 2; }
for f in "$KEEP/$NAME.json" "$KEEP/$NAME-summary.md"; do
  [ ! -e "$f" ] || { echo "$f exists; give another name (1st argument)"; exit 2; }
done

benchmarks/run-jmh.sh 'ProblemReadBenchmark' 'ClientOverheadBenchmark' -prof gc "$@" \
    -rf json -rff "$KEEP/$NAME.json"

python3 - "$KEEP/$NAME.json" <<'PY' | tee "$KEEP/$NAME-summary.md"
import json, math, sys

results = {}
for r in json.load(open(sys.argv[1])):
    name = ".".join(r["benchmark"].split(".")[-2:])
    norm = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    results[name] = (float(r["primaryMetric"]["score"]), float(r["primaryMetric"]["scoreError"]),
                     float(norm["score"]) if norm else None)

def number(v):
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.1f}"

print(f"JMH, one run, -prof gc ({sys.argv[1]})")
print()
print("| benchmark | ns/op | B/op |")
print("|---|---|---|")
for name, (score, error, norm) in sorted(results.items()):
    err = "" if math.isnan(error) else " ± " + number(error)
    print(f"| {name} | {number(score)}{err} | {'' if norm is None else f'{norm:,.0f}'} |")

def ratio(label, a, b, target=""):
    a, b = "ProblemReadBenchmark." + a if "." not in a else a, "ProblemReadBenchmark." + b if "." not in b else b
    if a not in results or b not in results:
        return
    (ta, _, na), (tb, _, nb) = results[a], results[b]
    alloc = "" if na is None or nb is None or not nb else f"{na / nb:.2f}x ({na - nb:+,.0f} B)"
    print(f"| {label} | {ta / tb:.2f}x ({ta - tb:+,.0f} ns) | {alloc} | {target} |")

print()
print("| ratio | time | allocation | target |")
print("|---|---|---|---|")
ratio("decoding, Problem Guide / Zalando", "problemGuide", "zalando", "time <= 1x, allocation <= 1.5x")
ratio("decoding, Problem Guide / plain Jackson Map (floor)", "problemGuide", "jacksonMap")
ratio("decoding, Zalando / plain Jackson Map (floor)", "zalando", "jacksonMap")
ratio("200 over HTTP, wrapped / plain", "ClientOverheadBenchmark.httpWrapped", "ClientOverheadBenchmark.httpPlain",
      "nothing measurable")
ratio("200 in process, wrapped / plain", "ClientOverheadBenchmark.inProcessWrapped",
      "ClientOverheadBenchmark.inProcessPlain", "nothing measurable")
PY
