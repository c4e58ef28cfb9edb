#!/usr/bin/env bash
# Draws the chart of the HTTP ratios from result TSVs of run-http.sh (one bar per file), headless.
# Usage: benchmarks/chart-http.sh OUT.png RESULTS.tsv [RESULTS.tsv ...]   (paths relative to the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: benchmarks/chart-http.sh OUT.png RESULTS.tsv [RESULTS.tsv ...]"; exit 2; }
mvn -B -q -pl benchmarks -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/chart.classpath -Dmdep.includeScope=runtime
exec java -Djava.awt.headless=true -cp "benchmarks/target/classes:$(cat benchmarks/target/chart.classpath)" \
    dev.problemguide.benchmarks.HttpChart "$@"
