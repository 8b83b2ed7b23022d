#!/usr/bin/env bash
# Benchmarks of the foundation (issue 2): start-up time, memory at idle, weight of the public pages.
# Builds once, then starts the platform RUNS times (default 5) through ./run.sh on 127.0.0.1 only: each time on a
# fresh data directory, then again on the kept one; prints medians and ratios and writes its section of
# bench/RESULTS.md.
# Usage: bench/startup.sh            (RUNS=7 IDLE_SECONDS=20 bench/startup.sh to change the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
RUNS=${RUNS:-5}
IDLE_SECONDS=${IDLE_SECONDS:-10}
GOAL_KB=300
AIM_KB=100
OUT=bench/out/startup
source scripts/system-packages.sh
ensure_packages openjdk-17-jdk-headless maven curl
rm -rf "$OUT" && mkdir -p "$OUT"

trap stop_app EXIT

# CPU time (ms) the java process has used so far.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$app_pid/stat"; }

# Starts the platform on a data directory; sets app_pid, first_ms (first page served) and ready_ms (home page
# listing the points, i.e. demo network loaded).
start_app() {
  local data=$1 log=$2 start body
  first_ms=""
  wait_for_quiet
  start=$(now_ms)
  JAVA_OPTS=${JAVA_OPTS:-} PORT=$port ./run.sh --server.address=127.0.0.1 --visio.database.directory="$data" >"$log" 2>&1 &
  app_pid=$!
  while true; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the platform stopped; see $log" >&2; exit 1; }
    [ $(( $(now_ms) - start )) -lt 180000 ] || { echo "no page after 180 s; see $log" >&2; exit 1; }
    if body=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/" 2>/dev/null); then
      [ -n "$first_ms" ] || { first_ms=$(( $(now_ms) - start )); first_cpu_ms=$(cpu_ms); }
      if grep -q 'href="/points/' <<<"$body"; then
        ready_ms=$(( $(now_ms) - start ))
        return
      fi
    fi
    sleep 0.05
  done
}

# Resident memory (KiB) of the java process, and RSS and PSS summed over the embedded PostgreSQL processes.
memory() {
  local data=$1 postmaster pg_rss=0 pg_pss=0 pid
  postmaster=$(pgrep -f -- "-D $data" | head -1)
  for pid in $postmaster $(pgrep -P "$postmaster"); do
    pg_rss=$(( pg_rss + $(kib "/proc/$pid/status") ))
    pg_pss=$(( pg_pss + $(kib "/proc/$pid/smaps_rollup") ))
  done
  echo "$(kib "/proc/$app_pid/status") $pg_rss $pg_pss"
}

echo "== Build (once)"
build_start=$(now_ms)
mvn -B -q -DskipTests package
echo "   $(( ($(now_ms) - build_start) / 1000 )) s"
port=$(free_port)
load_before=$(load_average)

# The very first start on a machine also unpacks PostgreSQL (into the JVM's temporary folder): once, on an empty one.
mkdir -p "$OUT/cold-tmp"
JAVA_OPTS="-Djava.io.tmpdir=$PWD/$OUT/cold-tmp" start_app "$PWD/$OUT/data-cold" "$OUT/cold.log"
cold_ms=$first_ms
stop_app
echo "   first start on this machine (PostgreSQL unpacked): ${cold_ms} ms"

: >"$OUT/runs.txt"
for run in $(seq 1 "$RUNS"); do
  data="$PWD/$OUT/data-$run"
  start_app "$data" "$OUT/fresh-$run.log"; fresh_first=$first_ms; fresh_ready=$ready_ms; fresh_cpu=$first_cpu_ms
  sleep "$IDLE_SECONDS"; read -r fresh_java fresh_pg fresh_pg_pss < <(memory "$data")
  stop_app
  start_app "$data" "$OUT/kept-$run.log"; kept_first=$first_ms; kept_ready=$ready_ms; kept_cpu=$first_cpu_ms
  sleep "$IDLE_SECONDS"; read -r kept_java kept_pg kept_pg_pss < <(memory "$data")
  [ "$run" -eq "$RUNS" ] || stop_app
  echo "$fresh_first $fresh_ready $kept_first $kept_ready $fresh_java $kept_java $kept_pg $kept_pg_pss $fresh_cpu" \
    "$kept_cpu $(cut -d' ' -f1 /proc/loadavg)" >>"$OUT/runs.txt"
  echo "   run $run: fresh ${fresh_first} ms (points ${fresh_ready} ms), kept data ${kept_first} ms;" \
    "java $((kept_java / 1024)) MiB, postgres $((kept_pg / 1024)) MiB"
done
col() { awk -v c="$1" '{print $c}' "$OUT/runs.txt" | median; }
fresh_ms=$(col 1); fresh_points_ms=$(col 2); kept_ms=$(col 3); kept_points_ms=$(col 4)
fresh_cpu_ms=$(col 9); kept_cpu_ms=$(col 10)
java_mib=$(( $(col 6) / 1024 )); pg_mib=$(( $(col 7) / 1024 )); pg_pss_mib=$(( $(col 8) / 1024 ))

# Weight of a page as served with gzip, with every stylesheet, script and image it links to.
weight() {
  local path=$1 html asset total_raw=0 total_gz=0 raw gz encoding
  html=$(curl -fsS "http://127.0.0.1:$port$path")
  for asset in "$path" $(grep -oE '<(link[^>]*rel="stylesheet"[^>]*href|script[^>]*src|img[^>]*src)="[^"]+"' <<<"$html" \
      | sed -E 's/.*(href|src)="([^"]+)"$/\2/; s/&amp;/\&/g' | sort -u); do
    raw=$(curl -fsS -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$asset")
    gz=$(curl -fsS -H 'Accept-Encoding: gzip' -o /dev/null -D "$OUT/headers" -w '%{size_download}' \
      "http://127.0.0.1:$port$asset")
    encoding=$(tr -d '\r' <"$OUT/headers" | awk -F': ' 'tolower($1) == "content-encoding" {print $2}')
    printf '   %-52s %8d B raw %8d B served (%s)\n' "$asset" "$raw" "$gz" "${encoding:-identity}" \
      | tee -a "$OUT/assets.txt" >&2
    total_raw=$(( total_raw + raw )); total_gz=$(( total_gz + gz ))
  done
  echo "$total_raw $total_gz"
}
echo "== Weight (Accept-Encoding: gzip)"
read -r home_raw home_gz < <(weight /)
read -r points_raw points_gz < <(weight /points)
stop_app

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
kb() { awk -v a="$1" 'BEGIN {printf "%.1f", a / 1024}'; }
report=$(cat <<REPORT
| figure | value | against |
|---|---|---|
| first start on a new machine (PostgreSQL binaries unpacked too) → first page served (1 run) | $(ratio "$cold_ms" 1000) s | |
| start, fresh data directory → first page served (median of $RUNS) | $(ratio "$fresh_ms" 1000) s | |
| start, fresh data directory → home page listing the demo points | $(ratio "$fresh_points_ms" 1000) s | |
| restart, kept data directory → first page served (median of $RUNS) | $(ratio "$kept_ms" 1000) s | $(ratio "$kept_ms" "$fresh_ms") × the fresh start |
| CPU time of the java process until the first page: fresh / kept (median) | $(ratio "$fresh_cpu_ms" 1000) s / $(ratio "$kept_cpu_ms" 1000) s | less sensitive to other work on the machine than wall time |
| java process RSS at idle, ${IDLE_SECONDS} s after start (kept data, median) | $java_mib MiB | |
| embedded PostgreSQL processes at idle: RSS summed / PSS summed | $pg_mib MiB / $pg_pss_mib MiB | RSS counts shared memory again in each process; PSS shares it out |
| home page \`/\` with its CSS, JS and images, served gzip | $(kb "$home_gz") KB ($(kb "$home_raw") KB uncompressed) | $(ratio "$home_gz" $((GOAL_KB * 1024))) × the 300 KB goal, $(ratio "$home_gz" $((AIM_KB * 1024))) × the 100 KB aim |
| \`/points\` with its CSS, JS and images, served gzip | $(kb "$points_gz") KB ($(kb "$points_raw") KB uncompressed) | $(ratio "$points_gz" $((GOAL_KB * 1024))) × the 300 KB goal, $(ratio "$points_gz" $((AIM_KB * 1024))) × the 100 KB aim |
REPORT
)
echo
echo "$report"
cat >"$OUT/section.md" <<RESULTS
## Start-up, memory at idle, page weight

Command: \`bench/startup.sh\` (RUNS=$RUNS, IDLE_SECONDS=$IDLE_SECONDS). It builds once, then starts the platform through
\`./run.sh\` on 127.0.0.1, measuring from the command to the first page; memory is read from \`/proc\`; page weight is
what curl receives with \`Accept-Encoding: gzip\` for the page and every stylesheet, script and image it links to.

Measured $(date -u +"%Y-%m-%d %H:%M UTC") on $(machine); load average (1, 5, 15 min) before the runs: $load_before, after: $(load_average).
Each start waits up to ${QUIET_WAIT:-60} s for the 1-minute load to fall below the number of cores; the last column
below is the load when the run ended. On a machine shared with other work, the wall times are upper bounds.

$report

What each page loads (\`/\` first, then \`/points\`; files under Tomcat's 2 KB threshold and images are sent as they are):

\`\`\`
$(cat "$OUT/assets.txt")
\`\`\`

Per run (ms, KiB): fresh first page, fresh with points, kept first page, kept with points, java RSS fresh, java RSS
kept, PostgreSQL RSS, PostgreSQL PSS, java CPU ms to first page fresh, same kept, load average:

\`\`\`
$(cat "$OUT/runs.txt")
\`\`\`
RESULTS
write_section startup "$OUT/section.md"
echo
echo "Written to bench/RESULTS.md (section: start-up)"
