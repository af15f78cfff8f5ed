#!/usr/bin/env bash
# Book benchmark of issue 6: a synthetic ~350-page book (20 chapters of 5 sections, footnotes, a
# table per section, 40 figures) rendered by Cohorte as PDF/A-3u + PDF/UA-1, then the same HTML
# converted by LibreOffice headless and by Chromium's print-to-PDF (neither makes PDF/A nor PDF/UA).
# Reports the median of N runs (default 3) of each: wall time of a cold JVM (a whole `java` process,
# as a background job would run it), in-process render time, warm render time (same JVM, renderer
# reused), heap peak under -Xmx1g and maximum resident set size; then the ratios. The cold JVM is
# measured twice: plain, and with the JDK's ahead-of-time cache (JEP 483/515: classes loaded and
# linked, method profiles) trained beforehand on another, shorter book, as a deployment would train it.
# Then the first book a started server renders: it has already rendered its short warm-up book.
# The EPUB of the same book (issue 18) is timed as a cold process and warm, in the same turns.
# Usage: bench/book/run.sh [runs=3]      Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
java="$JAVA_HOME/bin/java"

missing=()
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v chromium >/dev/null || missing+=(chromium)
[ -x /usr/bin/time ] || missing+=(time)
command -v pdfinfo >/dev/null || missing+=(poppler-utils)
# The same fonts for every engine, so that they lay out the same text in the same faces.
[ -n "$(fc-list 2>/dev/null | grep LiberationSerif-Regular || true)" ] || missing+=(fonts-liberation2)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./mvnw -q -DskipTests compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/classpath" >/dev/null
mkdir -p "$work/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$work/classes" -cp "target/classes:$(cat "$work/classpath")" bench/book/BookBenchmark.java
cp="$work/classes:target/classes:$(cat "$work/classpath")"
# The AOT cache only takes JAR files on the class path.
"$JAVA_HOME/bin/jar" cf "$work/cohorte.jar" -C target/classes .
"$JAVA_HOME/bin/jar" cf "$work/bench.jar" -C "$work/classes" .
jars="$work/bench.jar:$work/cohorte.jar:$(cat "$work/classpath")"
"$java" -XX:AOTCacheOutput="$work/book.aot" -Xmx1g -cp "$jars" BookBenchmark train "$work/training.pdf" >/dev/null 2>&1
bench() { "$java" -Xmx1g -cp "$cp" BookBenchmark "$@" 2>/dev/null; }

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
# Runs a command under /usr/bin/time; prints "wall_seconds max_rss_mib".
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>/dev/null
  awk '{printf "%s %d\n", $1, $2/1024}' "$work/time"
}

bench html "$work/html"
html="$work/html/book.html"

declare -A wall rss
record() { wall[$1]+="$2 "; rss[$1]+="$3 "; }

# LibreOffice keeps a user profile: create it once, outside the measured runs.
soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/lo-warmup" "$html" >/dev/null 2>&1
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"

# The engines take turns, so that a change in the machine's load falls on all of them alike.
render_times=() heaps=() aot_render_times=() started_times=() epub_times=() epub_started_times=()
for i in $(seq "$runs"); do
  read -r w m < <(timed "$java" -Xmx1g -cp "$cp" BookBenchmark cold "$work/cohorte.pdf")
  read -r seconds heap < "$work/out"
  pages="$(pdfinfo "$work/cohorte.pdf" | awk '/^Pages/ {print $2}')"
  record cohorte "$w" "$m"; render_times+=("$seconds"); heaps+=("$heap")
  echo "cohorte     run $i: process ${w} s, render ${seconds} s, heap peak ${heap} MiB, RSS ${m} MiB, ${pages} pages" >&2

  read -r w m < <(timed "$java" -XX:AOTMode=on -XX:AOTCache="$work/book.aot" -Xmx1g -cp "$jars" BookBenchmark cold "$work/cohorte-aot.pdf")
  read -r seconds heap < "$work/out"
  record aot "$w" "$m"; aot_render_times+=("$seconds")
  echo "cohorte+AOT run $i: process ${w} s, render ${seconds} s, heap peak ${heap} MiB, RSS ${m} MiB" >&2

  read -r seconds heap < <(bench started "$work/cohorte-started.pdf")
  started_times+=("$seconds")
  echo "cohorte, first book after the start-up warm-up, run $i: render ${seconds} s, heap peak ${heap} MiB" >&2

  read -r w m < <(timed "$java" -Xmx1g -cp "$cp" BookBenchmark epub "$work/cohorte.epub")
  read -r seconds heap < "$work/out"
  record epub "$w" "$m"; epub_times+=("$seconds")
  echo "cohorte EPUB run $i: process ${w} s, writing ${seconds} s, heap peak ${heap} MiB, RSS ${m} MiB, $(stat -c %s "$work/cohorte.epub") bytes" >&2
  read -r seconds heap < <(bench epub-started "$work/cohorte-started.epub")
  epub_started_times+=("$seconds")
  echo "cohorte EPUB, first book after the start-up warm-up, run $i: writing ${seconds} s" >&2

  read -r w m < <(timed soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/lo" "$html")
  record libreoffice "$w" "$m"
  echo "libreoffice run $i: ${w} s, RSS ${m} MiB, $(pdfinfo "$work/lo/book.pdf" | awk '/^Pages/ {print $2}') pages" >&2

  read -r w m < <(timed chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --user-data-dir="$work/chromium-profile" --print-to-pdf="$work/chromium.pdf" "file://$html")
  record chromium "$w" "$m"
  echo "chromium    run $i: ${w} s, RSS ${m} MiB, $(pdfinfo "$work/chromium.pdf" | awk '/^Pages/ {print $2}') pages" >&2
done

warm="$(bench warm "$runs" | tail -1)"
epub_warm="$(bench epub-warm "$runs" | tail -1)"
warm_seconds="$(awk '{print $3}' <<<"$warm")"

med() { tr ' ' '\n' <<<"$1" | grep . | median; }
cohorte=$(med "${wall[cohorte]}"); aot=$(med "${wall[aot]}"); libreoffice=$(med "${wall[libreoffice]}"); chromium=$(med "${wall[chromium]}")
echo
echo "| engine (median of $runs) | wall time | max RSS | output |"
echo "| --- | --- | --- | --- |"
printf "| Cohorte, cold JVM (whole process) | %.2f s | %s MiB | PDF/A-3u + PDF/UA-1, %s pages |\n" "$cohorte" "$(med "${rss[cohorte]}")" "$pages"
printf "| Cohorte, cold JVM, rendering alone | %.2f s | heap peak %s MiB (-Xmx1g) | |\n" "$(printf '%s\n' "${render_times[@]}" | median)" "$(printf '%s\n' "${heaps[@]}" | median)"
printf "| Cohorte, cold JVM with AOT cache (whole process) | %.2f s | %s MiB | the same PDF |\n" "$aot" "$(med "${rss[aot]}")"
printf "| Cohorte, cold JVM with AOT cache, rendering alone | %.2f s | | |\n" "$(printf '%s\n' "${aot_render_times[@]}" | median)"
started="$(printf '%s\n' "${started_times[@]}" | median)"
printf "| Cohorte, first book after the server's start-up warm-up (rendering) | %.2f s | | the same PDF |\n" "$started"
echo "| Cohorte, warm JVM | ${warm#warm median: } | | |"
printf "| Cohorte EPUB 3, cold JVM (whole process) | %.2f s | %s MiB | EPUB 3, EPUB Accessibility 1.1 |\n" "$(med "${wall[epub]}")" "$(med "${rss[epub]}")"
printf "| Cohorte EPUB 3, cold JVM, writing alone | %.2f s | | |\n" "$(printf '%s\n' "${epub_times[@]}" | median)"
printf "| Cohorte EPUB 3, first book after the server's start-up warm-up (writing) | %.2f s | | |\n" "$(printf '%s\n' "${epub_started_times[@]}" | median)"
echo "| Cohorte EPUB 3, warm JVM | ${epub_warm#epub warm median: } | | |"
printf "| LibreOffice headless | %.2f s | %s MiB | plain PDF |\n" "$libreoffice" "$(med "${rss[libreoffice]}")"
printf "| Chromium print-to-PDF | %.2f s | %s MiB | plain PDF |\n" "$chromium" "$(med "${rss[chromium]}")"
echo
awk -v c="$cohorte" -v a="$aot" -v s="$started" -v w="$warm_seconds" -v l="$libreoffice" -v h="$chromium" 'BEGIN {
  printf "Cohorte cold / LibreOffice: %.2f   Cohorte cold / Chromium: %.2f\n", c / l, c / h
  printf "Cohorte cold with AOT cache / LibreOffice: %.2f   Cohorte cold with AOT cache / Chromium: %.2f\n", a / l, a / h
  printf "Cohorte first book after warm-up / LibreOffice: %.2f   Cohorte first book after warm-up / Chromium: %.2f\n", s / l, s / h
  printf "Cohorte warm / LibreOffice: %.2f   Cohorte warm / Chromium: %.2f   (below 1 means Cohorte is faster)\n", w / l, w / h }'
echo "load average (1, 5, 15 min) at the start: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
