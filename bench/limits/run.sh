#!/usr/bin/env bash
# Limits benchmark of issue 14: the largest requests the API accepts (default limits), mixing and
# selection, solved with 1 s and 5 s time limits by the services in one JVM whose heap is capped
# (HEAP, 512m by default). Prints, per request, the size of its JSON body, then over RUNS runs after a
# warm-up the median and range of the elapsed time against the limit, of the peak heap used and of
# the heap left after a collection. A request that runs out of heap ends the run with OutOfMemoryError.
# Usage: bench/limits/run.sh [runs=5] [request name filter]     HEAP=256m bench/limits/run.sh
# Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
filter="${2:-}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xss8m -Xmx"${HEAP:-512m}" \
  -cp "target/classes:$(cat target/bench-classpath.txt)" bench/limits/LimitsBenchmark.java "$runs" "$filter"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
