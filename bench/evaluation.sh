#!/usr/bin/env bash
# Benchmark of the evaluation's dashboards (issue 5): generates a national-scale history into the platform's own
# schema, then times every dashboard tile as the platform runs it (on the counters kept current incrementally)
# beside the naive GROUP BY over the raw rows, for a 52-week network view and for one point's year.
# The schema is made by the real jar: it is started once against a throw-away PostgreSQL 15 cluster, so Flyway
# applies every migration, then stopped; the history is generated in SQL (bench/evaluation-generate.sql).
# Usage: bench/evaluation.sh                 national scale: 2,800 points × 3 years ≈ 30.7 million rows
#        EVAL_POINTS=100 bench/evaluation.sh quick run (≈ 1.1 million rows); EVAL_RUNS / EVAL_NAIVE_RUNS: timings
# Writes only its own section of bench/RESULTS.md, between <!-- evaluation:start --> and <!-- evaluation:end -->.
set -euo pipefail
cd "$(dirname "$0")/.."
POINTS=${EVAL_POINTS:-2800}
DAYS=${EVAL_DAYS:-1095}
RUNS=${EVAL_RUNS:-40}
NAIVE_RUNS=${EVAL_NAIVE_RUNS:-5}
OUT=bench/out/evaluation
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
source scripts/system-packages.sh
ensure_packages openjdk-17-jdk-headless maven postgresql curl

rm -rf "$OUT" && mkdir -p "$OUT"
port=$((30000 + RANDOM % 5000))
app_port=$((35000 + RANDOM % 5000))
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  "$PGBIN/pg_ctl" -D "$OUT/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
# PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$OUT"
as_pg "$PGBIN/initdb" -D "$OUT/pg" -U bench --auth=trust -E UTF8 >/dev/null
# fsync off: a throw-away cluster whose only job is to be read; generation goes faster, reads are unchanged
as_pg "$PGBIN/pg_ctl" -D "$OUT/pg" -l "$OUT/pg.log" -w start \
  -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=512MB -c max_wal_size=8GB -c fsync=off -c full_page_writes=off -c jit=off" >/dev/null
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=bench PGDATABASE=visio
createdb visio

jar=platform/target/visio-accueil.jar
if [ ! -f "$jar" ] || [ -n "$(find platform/src pom.xml platform/pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -B -q -DskipTests package
fi
DATABASE_URL="postgres://bench:bench@127.0.0.1:$port/visio" PORT=$app_port java -jar "$jar" >"$OUT/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$app_port/" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$app_port/" >/dev/null || { echo "the platform did not start" >&2; tail "$OUT/app.log"; exit 1; }
kill -TERM "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

echo "generating: $POINTS points, $DAYS days…"
start=$(date +%s)
psql -q -v points="$POINTS" -v days="$DAYS" -f bench/evaluation-generate.sql >"$OUT/generate.log"
generation_s=$(( $(date +%s) - start ))
rows=$(psql -At -c "SELECT (SELECT count(*) FROM interview) + (SELECT count(*) FROM evaluation_desk_service)")
sizes=$(psql -At -F ' | ' -c "
  SELECT relname, to_char(n_live_tup, 'FM999G999G999'), pg_size_pretty(pg_total_relation_size(relid))
    FROM pg_stat_user_tables WHERE relname IN ('interview', 'evaluation_desk_service', 'evaluation_tally',
         'evaluation_network_tally', 'distance', 'point') ORDER BY pg_total_relation_size(relid) DESC")

to=$(psql -At -c "SELECT current_date - 1")
from=$(psql -At -c "SELECT current_date - 364")
point=$(psql -At -c "SELECT id FROM point WHERE slug = 'bench-$(( (POINTS + 1) / 2 ))'")

# The platform's tile queries (Dashboards.java) for a scope: $1 table, $2 filter
tiles() {
  cat <<SQL
weeks|SELECT date_trunc('week', day)::date, organisation_id, sum(services) FROM $1 WHERE $2 AND kind = 'VISIO' AND day BETWEEN '$from' AND '$to' GROUP BY 1, 2;
kinds|SELECT kind, sum(services) FROM $1 WHERE $2 AND day BETWEEN '$from' AND '$to' GROUP BY kind;
visio|SELECT organisation_id, sum(services), sum(km), sum(minutes), sum(wait_seconds) FROM $1 WHERE $2 AND kind = 'VISIO' AND day BETWEEN '$from' AND '$to' GROUP BY organisation_id;
SQL
}
# The same answers from the raw rows: $1 filter on the point, or TRUE
naive() {
  local window="ended_at >= ('$from'::date)::timestamp AT TIME ZONE 'Europe/Paris' AND ended_at < ('$to'::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'"
  cat <<SQL
weeks|SELECT date_trunc('week', (ended_at AT TIME ZONE 'Europe/Paris'))::date, organisation_id, count(*) FROM interview WHERE ${1/point_id/interview.point_id} AND status IN ('ENDED', 'CLOSED') AND $window GROUP BY 1, 2;
kinds|SELECT kind, count(*) FROM evaluation_desk_service WHERE $1 AND NOT undone AND day BETWEEN '$from' AND '$to' GROUP BY kind UNION ALL SELECT 'VISIO', count(*) FROM interview WHERE $1 AND status IN ('ENDED', 'CLOSED') AND $window;
visio|SELECT i.organisation_id, count(*), sum(2 * d.distance_km), sum(2 * d.drive_minutes), sum(extract(epoch FROM i.admitted_at - i.requested_at)) FROM interview i JOIN point p ON p.id = i.point_id JOIN evaluation_organisation_service s ON s.organisation_id = i.organisation_id LEFT JOIN distance d ON d.community_id = p.community_id AND d.service = s.service WHERE ${1/point_id/i.point_id} AND i.status IN ('ENDED', 'CLOSED') AND i.${window//ended_at/ended_at} GROUP BY 1;
SQL
}

# p50 and p95 (ms) of one query run $2 times by pgbench (one client, latencies logged per run, after one warm-up)
time_query() {
  local file="$OUT/q.sql"
  printf '%s\n' "$1" >"$file"
  psql -q -o /dev/null -c "$1"
  rm -f "$OUT"/pgbench_log.*
  (cd "$OUT" && pgbench -n -c 1 -t "$2" -f q.sql -l --log-prefix=pgbench_log visio >/dev/null 2>&1)
  cat "$OUT"/pgbench_log.* | awk '{print $3 / 1000}' | sort -n | awk '
    {v[NR] = $1} END {p50 = v[int((NR + 1) * 0.50)]; i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; printf "%.1f %.1f\n", p50, v[i]}'
}

rows_md=""
worst_p95=0
measure() {   # $1 label, $2 platform tiles, $3 naive queries
  while IFS='|' read -r tile sql; do
    read -r p50 p95 < <(time_query "$sql" "$RUNS")
    naive_sql=$(printf '%s\n' "$3" | awk -F'|' -v t="$tile" '$1 == t {sub(/^[^|]*\|/, ""); print}')
    read -r n50 n95 < <(time_query "$naive_sql" "$NAIVE_RUNS")
    ratio=$(awk -v a="$n50" -v b="$p50" 'BEGIN {printf "%.0f", (b > 0 ? a / b : 0)}')
    goal=$(awk -v p="$p95" 'BEGIN {print (p <= 200 ? "met" : "missed")}')
    worst_p95=$(awk -v a="$worst_p95" -v b="$p95" 'BEGIN {print (b > a ? b : a)}')
    rows_md+="| $1 | $tile | $p50 / $p95 ms | $n50 / $n95 ms | ×$ratio | $goal |"$'\n'
    echo "$1 $tile: counters p50/p95 $p50/$p95 ms, naive $n50/$n95 ms (×$ratio)"
  done <<<"$2"
}
measure "network, 52 weeks" "$(tiles evaluation_network_tally TRUE)" "$(naive TRUE)"
measure "one point, 1 year" "$(tiles evaluation_tally "point_id = $point")" "$(naive "point_id = $point")"

section="<!-- evaluation:start -->
## Evaluation dashboards (issue 5)

Command: \`bench/evaluation.sh\` (EVAL_POINTS=$POINTS, EVAL_DAYS=$DAYS, EVAL_RUNS=$RUNS, EVAL_NAIVE_RUNS=$NAIVE_RUNS).
Measured $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores, PostgreSQL $(psql -At -c 'SHOW server_version'),
load average before the timings: $(cut -d' ' -f1-3 /proc/loadavg).
The schema is the platform's (the jar ran its migrations on this database); the history is generated by
\`bench/evaluation-generate.sql\`: $POINTS points, 10 organisations, $DAYS days, 2 visio interviews and 8 desk services
per point and day: **$(echo "$rows" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta') raw rows** generated in **${generation_s} s** (counters included).
Each tile is timed with pgbench (one client, after a warm-up run): the platform's query on its counters
(\`evaluation_network_tally\` for the network, \`evaluation_tally\` for a point), beside the naive \`GROUP BY\` over
the raw rows (\`interview\`, \`evaluation_desk_service\`, joined to \`distance\` for travel avoided). Goal: p95 ≤ 200 ms.

| view | tile | counters p50 / p95 | naive GROUP BY p50 / p95 | naive ÷ counters (p50) | goal |
|---|---|---|---|---|---|
${rows_md}
One point's raw rows are few (an index on the point reaches its ~3,650 desk rows and ~730 interviews of a year),
so the naive query is fast there too; the counters matter for the network's and the organisations' views, which
would otherwise scan every raw row. Worst p95 on the counters: **${worst_p95} ms**.

Table sizes:

| table | rows (planner's estimate) | size with indexes |
|---|---|---|
$(printf '%s\n' "$sizes" | sed 's/^/| /; s/$/ |/')
<!-- evaluation:end -->"

results=bench/RESULTS.md
touch "$results"
if grep -q '<!-- evaluation:start -->' "$results"; then
  SECTION="$section" python3 - "$results" <<'PY'
import os, re, sys
path = sys.argv[1]
text = open(path, encoding='utf-8').read()
text = re.sub(r'<!-- evaluation:start -->.*?<!-- evaluation:end -->', lambda m: os.environ['SECTION'], text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
PY
else
  printf '\n%s\n' "$section" >>"$results"
fi
echo "written to $results"
