#!/usr/bin/env bash
# Search benchmark: 100,000 synthetic French documents indexed by the application's own search (Hibernate
# Search, embedded Lucene on disk) and by PostgreSQL full-text search (french + unaccent, GIN on a stored
# tsvector) in the same embedded PostgreSQL. Prints the full reindex time, p50 and p95 latency of 50
# queries at 1 and 8 clients (visibility filter, facets and highlights included) for both, their ratio,
# and precision at 10 on the judged queries; median and range over 3 runs, with the machine's load.
# Usage: bench/search/run.sh [documents]     Not part of ./mvnw verify. Data in target/bench-search/.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED \
  -cp "target/classes:$(cat target/bench-classpath.txt)" bench/search/SearchBenchmark.java "$@"
