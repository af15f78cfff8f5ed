#!/usr/bin/env bash
# Selection benchmark: synthetic pools of 100, 500, 2,000 and 10,000 applications (8 horizons, gender,
# 13 regions, Zipf-clustered organisations, quotas for 30 seats, at most 1 per organisation).
# Prints, per pool and per number of CP-SAT workers (1 = reproducible, default = all cores), the
# medians of 5 runs: time to a proven optimum, time to explain every candidate, and one forcing cost.
# Usage: bench/selection/run.sh [pool sizes...]     Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xss8m \
  -cp "target/classes:$(cat target/bench-classpath.txt)" bench/selection/SelectionBenchmark.java "$@"
