#!/usr/bin/env bash
# The mixing benchmark of issue 5: every instance in ../shared/bench/mixing (beside the repository),
# SECONDS per solve (10), SEEDS seeds (5), medians of excess meetings, max pair meetings, repeated
# pairs, diversity deviation, same-organisation pairs and time to best, with the random and greedy
# baselines and, on cohort-like instances, the weight presets' trade-off.
# Usage: bench/mixing/run.sh [seconds=10] [seeds=5] [instance name filter]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
seeds="${2:-5}"
filter="${3:-}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
instances="$(cd .. && pwd)/shared/bench/mixing"
classpath="target/bench-classpath.txt"

./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null
"$JAVA_HOME/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$classpath")" \
  fr.cohorte.grouping.bench.MixingBenchmark "$instances" "$seconds" "$seeds" "$filter"
