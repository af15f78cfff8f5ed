#!/usr/bin/env bash
# Time from `./mvnw spring-boot:run` to the first page served (/sessions/34 answering 200), on an
# empty data folder (cold start: initdb, migrations, demo data), in two cases:
#   cached   - the PostgreSQL binaries are already in the local Maven repository and unpacked
#   download - they are removed first, so Maven downloads and the server unpacks them again
# Usage: bench/startup.sh [runs=3]   Prints each run and the median per case.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
port=18080
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

./mvnw -q -DskipTests compile >/dev/null

one_run() {
  local case="$1"
  if [ "$case" = download ]; then
    rm -rf "$HOME/.m2/repository/io/zonky/test/postgres" /tmp/embedded-pg
  fi
  rm -rf "$data/cohorte"
  local start end pid
  start=$(date +%s.%N)
  COHORTE_DATA_DIR="$data/cohorte" SERVER_PORT=$port setsid ./mvnw -q spring-boot:run >"$data/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/sessions/34"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "Cohorte did not start, see its log:" >&2; cat "$data/log" >&2; exit 1; fi
    sleep 0.2
  done
  end=$(date +%s.%N)
  kill -- -"$pid" >/dev/null 2>&1 || true
  wait "$pid" 2>/dev/null || true
  while curl -fs -o /dev/null "http://localhost:$port/"; do sleep 0.2; done
  echo "$end - $start" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

for case in cached download; do
  times=()
  for i in $(seq "$runs"); do
    t=$(one_run "$case")
    times+=("$t")
    printf '%-8s run %d: %.2f s\n' "$case" "$i" "$t"
  done
  printf '%-8s median of %d: %.2f s\n' "$case" "$runs" "$(printf '%s\n' "${times[@]}" | median)"
done
