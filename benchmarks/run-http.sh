#!/usr/bin/env bash
# HTTP benchmark, side by side: the same Jersey app on Grizzly (127.0.0.1 only) in four modes, driven by wrk
# in interleaved rounds after a warm-up. Reports req/s (median, min-max) and the server's CPU time per request,
# and keeps the raw rows, the summary and a chart of the ratios (HttpChart) as benchmarks/results/<name>.*.
# Usage: benchmarks/run-http.sh [rounds] [seconds-per-run] [warm-up-seconds] [name]
#        (defaults 5 10 30 http-<date>-<time>; an existing name is refused, never overwritten)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
DURATION=${2:-10}
WARMUP=${3:-30}
NAME=${4:-http-$(date +%Y-%m-%d-%H%M)}
CONNECTIONS=32
OUT=benchmarks/target/http
KEEP=benchmarks/results
mkdir -p "$OUT" "$KEEP"
[[ "$NAME" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "name must be letters, digits, '.', '_' or '-': $NAME"; exit 2; }
for f in "$KEEP/$NAME.tsv" "$KEEP/$NAME-summary.md" "$KEEP/$NAME.png"; do
  [ ! -e "$f" ] || { echo "$f exists; give another name (4th argument)"; exit 2; }
done

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk from Debian's packages..."
  apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi

mvn -B -q -pl benchmarks -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
CP="benchmarks/target/classes:$(cat benchmarks/target/bench.classpath)"

MODES=(feature plain handwritten zalando)
declare -A PORT PID
LIFETIME=$(( WARMUP * 4 + ROUNDS * 5 * (DURATION + 2) + 120 ))
cleanup() { for m in "${MODES[@]}"; do [ -n "${PID[$m]:-}" ] && kill "${PID[$m]}" 2>/dev/null || true; done; }
trap cleanup EXIT

port=19100
for m in "${MODES[@]}"; do
  port=$((port + 1)); PORT[$m]=$port
  java -Xms512m -Xmx512m -cp "$CP" dev.problemguide.benchmarks.BenchServer "$m" "$port" "$LIFETIME" \
      > "$OUT/server-$m.log" 2>&1 &
  PID[$m]=$!
done
for m in "${MODES[@]}"; do
  for _ in $(seq 1 60); do grep -q READY "$OUT/server-$m.log" && break; sleep 1; done
  grep -q READY "$OUT/server-$m.log" || { echo "server $m did not start"; cat "$OUT/server-$m.log"; exit 1; }
done

ERROR_PATH=/orders/7
SUCCESS_PATH=/orders/1
# (mode, path) pairs measured: the error path in three modes, the success path with and without the feature.
PAIRS=("feature error" "handwritten error" "zalando error" "feature success" "plain success")

path_of() { [ "$1" = error ] && echo "$ERROR_PATH" || echo "$SUCCESS_PATH"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

echo "Warm-up: ${WARMUP}s per mode..."
for pair in "${PAIRS[@]}"; do
  set -- $pair
  wrk -t2 -c$CONNECTIONS -d$(( WARMUP / 2 + 1 ))s "http://127.0.0.1:${PORT[$1]}$(path_of "$2")" > /dev/null
done

RESULTS="$OUT/results.tsv"
echo -e "round\tmode\tpath\trequests\treq_per_s\tcpu_us_per_req\tnon_2xx_3xx" > "$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  # Rotate the order every round so that no mode always runs first or last.
  for i in $(seq 0 $(( ${#PAIRS[@]} - 1 ))); do
    set -- ${PAIRS[$(( (i + round) % ${#PAIRS[@]} ))]}
    mode=$1; kind=$2; pid=${PID[$mode]}
    before=$(cpu_ticks "$pid")
    report=$(wrk -t2 -c$CONNECTIONS -d${DURATION}s "http://127.0.0.1:${PORT[$mode]}$(path_of "$kind")")
    after=$(cpu_ticks "$pid")
    requests=$(echo "$report" | awk '/requests in/ {print $1}')
    rps=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
    non2xx=$(echo "$report" | awk '/Non-2xx or 3xx/ {print $5}')
    cpu_us=$(awk -v t=$(( after - before )) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
        'BEGIN { printf "%.2f", t * 1000000 / hz / n }')
    echo -e "$round\t$mode\t$kind\t$requests\t$rps\t$cpu_us\t${non2xx:-0}" | tee -a "$RESULTS"
  done
done

python3 - "$RESULTS" <<'PY' | tee "$OUT/summary.md"
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
def stats(mode, kind, key):
    values = [float(r[key]) for r in rows if r["mode"] == mode and r["path"] == kind]
    return statistics.median(values), min(values), max(values)
print()
print("| path | mode | req/s median (min-max) | server CPU us/request median (min-max) |")
print("|---|---|---|---|")
for mode, kind in [("handwritten", "error"), ("feature", "error"), ("zalando", "error"),
                   ("plain", "success"), ("feature", "success")]:
    r, c = stats(mode, kind, "req_per_s"), stats(mode, kind, "cpu_us_per_req")
    print(f"| {kind} | {mode} | {r[0]:.0f} ({r[1]:.0f}-{r[2]:.0f}) | {c[0]:.1f} ({c[1]:.1f}-{c[2]:.1f}) |")
def ratio(a, b, key):
    return stats(a[0], a[1], key)[0] / stats(b[0], b[1], key)[0]
print()
print(f"error path, feature / hand-written: req/s {ratio(('feature','error'),('handwritten','error'),'req_per_s'):.3f}x,"
      f" CPU per request {ratio(('feature','error'),('handwritten','error'),'cpu_us_per_req'):.3f}x")
print(f"error path, feature / Zalando: req/s {ratio(('feature','error'),('zalando','error'),'req_per_s'):.3f}x,"
      f" CPU per request {ratio(('feature','error'),('zalando','error'),'cpu_us_per_req'):.3f}x")
print(f"error path, Zalando / hand-written: req/s {ratio(('zalando','error'),('handwritten','error'),'req_per_s'):.3f}x,"
      f" CPU per request {ratio(('zalando','error'),('handwritten','error'),'cpu_us_per_req'):.3f}x")
print(f"success path, feature / without: req/s {ratio(('feature','success'),('plain','success'),'req_per_s'):.3f}x,"
      f" CPU per request {ratio(('feature','success'),('plain','success'),'cpu_us_per_req'):.3f}x")
PY

cp "$RESULTS" "$KEEP/$NAME.tsv"
cp "$OUT/summary.md" "$KEEP/$NAME-summary.md"
java -Djava.awt.headless=true -cp "$CP" dev.problemguide.benchmarks.HttpChart "$KEEP/$NAME.png" "$KEEP/$NAME.tsv"
echo "Kept: $KEEP/$NAME.tsv, $KEEP/$NAME-summary.md, $KEEP/$NAME.png"
