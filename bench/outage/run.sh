#!/usr/bin/env bash
# What a database outage costs a running Cohorte (default run: durable embedded PostgreSQL, demo data),
# measured from outside with curl, as an operator's probe and a visitor see it:
#   frozen  - every process of the cluster stopped (SIGSTOP) for 8 s: how long /actuator/health and a
#             page take to answer, their status, and how long after the thaw (SIGCONT) health is UP again
#   killed  - the postmaster killed (SIGKILL): how long until health is UP again and the page serves
#             again, and how many requests of a visitor polling every 50 ms failed meanwhile
#   stopped - SIGTERM to Cohorte with 16 visitors polling: answers that were not 200, and whether the
#             database stopped after the web server (the log's order)
# Usage: bench/outage/run.sh [runs=5]   Prints each run, then the median and range per figure.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
port=18091
work="$(mktemp -d)"
cohorte_pid=""
cleanup() {
  [ -n "$cohorte_pid" ] && kill -9 "$cohorte_pid" 2>/dev/null || true
  for p in $(cluster_pids); do kill -CONT "$p" 2>/dev/null; kill -9 "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

./mvnw -q -DskipTests compile >/dev/null
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=runtime >/dev/null
classpath="target/classes:$(cat "$work/classpath")"

cluster_pids() {
  local dir="$work/data/postgres" p
  [ -d "$dir" ] || return 0
  dir="$(readlink -f "$dir")"
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/cwd" 2>/dev/null)" = "$dir" ] && echo "${p#/proc/}"
  done
  return 0
}
postmaster_pid() { head -n1 "$work/data/postgres/postmaster.pid" 2>/dev/null || true; }
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
# prints "<status> <seconds>" of one request, 30 s at most
probe() { curl -s -o /dev/null -m 30 -w '%{http_code} %{time_total}\n' "http://localhost:$port$1" || echo "000 30"; }
await_status() {  # path status bound: seconds until the path answers that status
  local start; start=$(now)
  until [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://localhost:$port$1")" = "$2" ]; do
    if (( $(echo "$(since "$start") > $3" | bc) )); then echo "timeout"; return; fi
    sleep 0.05
  done
  since "$start"
}

start_cohorte() {
  java -Xmx1g -cp "$classpath" fr.cohorte.CohorteApplication --server.port=$port \
    --cohorte.embedded-postgres.data-directory="$work/data/postgres" --cohorte.publication.directory="$work/data/publications" \
    --cohorte.demo.render-book=false --cohorte.publication.warm-up-renderer=false \
    --cohorte.account.admin-password="Un mot de passe de banc d'essai" >"$work/cohorte.log" 2>&1 &
  cohorte_pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/actuator/health/readiness"; do
    kill -0 "$cohorte_pid" 2>/dev/null || { echo "Cohorte did not start:" >&2; tail -40 "$work/cohorte.log" >&2; exit 1; }
    sleep 0.2
  done
}

declare -A figures
record() { figures[$1]+="$2 "; }

start_cohorte
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the start"
for run in $(seq "$runs"); do
  # frozen
  # The postmaster first, so that it forks no backend between the listing and the signal.
  kill -STOP "$(postmaster_pid)"; sleep 0.1
  pids=$(cluster_pids)
  kill -STOP $pids
  read -r hs ht < <(probe /actuator/health)
  read -r ps pt < <(probe /sessions/34)
  sleep 8
  kill -CONT $pids
  up=$(await_status /actuator/health 200 60)
  record frozen.health.seconds "$ht"; record frozen.page.seconds "$pt"; record frozen.thawed.up.seconds "$up"
  echo "run $run frozen: health $hs in ${ht}s, /sessions/34 $ps in ${pt}s, UP ${up}s after the thaw"

  # killed
  old=$(postmaster_pid)
  failed=0; total=0; start=$(now)
  kill -9 "$old"
  until [ "$(postmaster_pid)" != "$old" ] && [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://localhost:$port/sessions/34")" = 200 ]; do
    total=$((total + 1)); failed=$((failed + 1)); sleep 0.05
    if (( $(echo "$(since "$start") > 120" | bc) )); then echo "not back after 120 s" >&2; exit 1; fi
  done
  back=$(since "$start")
  up=$(await_status /actuator/health 200 60)
  record killed.serving.seconds "$back"; record killed.failed.requests "$failed"
  echo "run $run killed: serving again after ${back}s (${failed} requests failed meanwhile), health UP ${up}s later"
done

# stopped under traffic
: >"$work/answers"
for v in $(seq 16); do
  ( while curl -s -o /dev/null -m 30 -w '%{http_code}\n' "http://localhost:$port/sessions/34/programme" >>"$work/answers"; do :; done ) &
done
sleep 3
kill -TERM "$cohorte_pid"; wait "$cohorte_pid" || true; cohorte_pid=""
wait 2>/dev/null || true
echo "stopped: $(grep -c '^200$' "$work/answers") answers 200, $(grep -Ecv '^(200|000)$' "$work/answers") other answers, $(grep -c '^000$' "$work/answers") refused after the stop began"
awk '/Commencing graceful shutdown/{s=NR} /Graceful shutdown complete/{g=NR} /Embedded PostgreSQL stopped/{d=NR} /( WARN | ERROR )/{if (s && NR>s) w++} END {printf "stopped: database stopped %s the web server finished; %d warnings or errors logged during the stop\n", (d>g && g>s) ? "after" : "BEFORE", w}' "$work/cohorte.log"
echo "postgres processes left: $(cluster_pids | wc -l)"
echo "load $(cut -d' ' -f1-3 /proc/loadavg) at the end"

median_range() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median %.3f, range %.3f-%.3f (%d runs)", m, a[1], a[NR], NR}'; }
for key in frozen.health.seconds frozen.page.seconds frozen.thawed.up.seconds killed.serving.seconds killed.failed.requests; do
  printf '%-26s %s\n' "$key" "$(echo "${figures[$key]}" | median_range)"
done
