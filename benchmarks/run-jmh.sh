#!/usr/bin/env bash
# Runs the JMH benchmarks; extra arguments go to JMH (e.g. a benchmark regex, -prof gc). See BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl benchmarks -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/jmh.classpath -DincludeScope=runtime
cp="benchmarks/target/classes:$(cat benchmarks/target/jmh.classpath)"
exec java -cp "$cp" org.openjdk.jmh.Main "$@"
