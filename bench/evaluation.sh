#!/usr/bin/env bash
# Benchmark of the evaluation's dashboards (issue 5): generates a national-scale history into the platform's own
# schema, then times every dashboard tile as the platform runs it (on the counters kept current incrementally)
# beside the naive GROUP BY over the raw rows, for a 52-week network view and for one point's year.
# The schema is made by the real jar: it is started once against a throw-away PostgreSQL 15 cluster, so Flyway
# applies every migration, then stopped; the history is generated in SQL (bench/evaluation-generate.sql).
# Usage: bench/evaluation.sh                 national scale: 2,800 points × 3 years ≈ 40 million raw rows
#        EVAL_POINTS=100 bench/evaluation.sh quick run (≈ 1.4 million rows); EVAL_RUNS / EVAL_NAIVE_RUNS: timings
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
  as_pg "$PGBIN/pg_ctl" -D "$OUT/pg" -m fast stop >/dev/null 2>&1 || true
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
load_generation=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s)
psql -q -v points="$POINTS" -v days="$DAYS" -f bench/evaluation-generate.sql >"$OUT/generate.log"
generation_s=$(( $(date +%s) - start ))
count() { psql -At -c "SELECT to_char(count(*), 'FM999G999G999') FROM $1"; }
services=$(psql -At -c "SELECT to_char((SELECT count(*) FROM interview) + (SELECT count(*) FROM evaluation_desk_service),
                                       'FM999G999G999')")
appointments=$(count appointment)
no_shows=$(count "appointment WHERE status = 'NO_SHOW'")
answers=$(count survey_answer)
responses=$(count survey_response)
sizes=$(psql -At -F ' | ' -c "
  SELECT relname, to_char(n_live_tup, 'FM999G999G999'), pg_size_pretty(pg_total_relation_size(relid))
    FROM pg_stat_user_tables WHERE relname IN ('interview', 'evaluation_desk_service', 'evaluation_tally',
         'evaluation_network_tally', 'evaluation_counted', 'appointment', 'survey_answer', 'survey_response',
         'survey_invitation', 'survey_satisfaction_tally', 'survey_network_satisfaction_tally', 'distance', 'point')
   ORDER BY pg_total_relation_size(relid) DESC")

to=$(psql -At -c "SELECT current_date - 1")
from=$(psql -At -c "SELECT current_date - 364")
point=$(psql -At -c "SELECT id FROM point WHERE slug = 'bench-$(( (POINTS + 1) / 2 ))'")

# The platform's tile queries (Dashboards.java, SatisfactionTally.java) for a scope: $1 point id, or empty for
# the network. The no-show tile runs the kinds query again over the period's elapsed days: with a period ending
# yesterday they are the same days, so the same statement.
tiles() {
  local table=evaluation_network_tally filter=TRUE satisfaction="survey_network_satisfaction_tally WHERE TRUE"
  if [ -n "$1" ]; then
    table=evaluation_tally filter="point_id = $1" satisfaction="survey_satisfaction_tally WHERE point_id = $1"
  fi
  cat <<SQL
weeks|SELECT date_trunc('week', day)::date, organisation_id, sum(services) FROM $table WHERE $filter AND kind = 'VISIO' AND day BETWEEN '$from' AND '$to' GROUP BY 1, 2;
kinds|SELECT kind, sum(services) FROM $table WHERE $filter AND day BETWEEN '$from' AND '$to' GROUP BY kind;
no-shows|SELECT kind, sum(services) FROM $table WHERE $filter AND day BETWEEN '$from' AND '$to' GROUP BY kind;
visio|SELECT organisation_id, sum(services), sum(km), sum(minutes), sum(wait_seconds) FROM $table WHERE $filter AND kind = 'VISIO' AND day BETWEEN '$from' AND '$to' GROUP BY organisation_id;
satisfaction|SELECT coalesce(sum(answers), 0), coalesce(sum(satisfied), 0) FROM $satisfaction AND day BETWEEN '$from' AND '$to';
SQL
}
# The same answers from the raw rows (the no-show tile: its two figures only): $1 point id, or empty
naive() {
  on() { if [ -n "$1" ]; then echo "$2.point_id = $1"; else echo TRUE; fi; }
  local window="BETWEEN (('$from'::date)::timestamp AT TIME ZONE 'Europe/Paris') AND (('$to'::date + 1)::timestamp AT TIME ZONE 'Europe/Paris' - interval '1 microsecond')"
  local booked="SELECT 'APPOINTMENT' AS kind, count(*) AS n FROM appointment a WHERE $(on "$1" a) AND a.status <> 'CANCELLED' AND a.starts_at $window UNION ALL SELECT 'NO_SHOW', count(*) FROM appointment a WHERE $(on "$1" a) AND a.status = 'NO_SHOW' AND a.starts_at $window"
  cat <<SQL
weeks|SELECT date_trunc('week', (ended_at AT TIME ZONE 'Europe/Paris'))::date, organisation_id, count(*) FROM interview i WHERE $(on "$1" i) AND status IN ('ENDED', 'CLOSED') AND ended_at $window GROUP BY 1, 2;
kinds|SELECT kind, sum(n) FROM (SELECT kind, count(*) AS n FROM evaluation_desk_service s WHERE $(on "$1" s) AND NOT undone AND day BETWEEN '$from' AND '$to' GROUP BY kind UNION ALL SELECT 'VISIO', count(*) FROM interview i WHERE $(on "$1" i) AND status IN ('ENDED', 'CLOSED') AND ended_at $window UNION ALL $booked) k GROUP BY kind;
no-shows|$booked;
visio|SELECT i.organisation_id, count(*), sum(2 * d.distance_km), sum(2 * d.drive_minutes), sum(extract(epoch FROM i.admitted_at - i.requested_at))::bigint FROM interview i JOIN point p ON p.id = i.point_id JOIN evaluation_organisation_service s ON s.organisation_id = i.organisation_id LEFT JOIN distance d ON d.community_id = p.community_id AND d.service = s.service WHERE $(on "$1" i) AND i.status IN ('ENDED', 'CLOSED') AND i.ended_at $window GROUP BY 1;
satisfaction|SELECT count(*), count(*) FILTER (WHERE (q.kind = 'SMILEY3' AND r.value IN ('2', '3')) OR (q.kind = 'SCALE5' AND r.value IN ('4', '5'))) FROM survey_answer a JOIN survey_response r ON r.answer_id = a.id JOIN survey_question q ON q.id = r.question_id AND q.overall AND q.kind IN ('SMILEY3', 'SCALE5') WHERE a.answered_on BETWEEN '$from' AND '$to' AND $(on "$1" a);
SQL
}

# Whether both give the same figures: every line of the naive answer is in the platform's, and (but for the
# no-show tile, which reads two kinds of the kinds query) nothing more
same_answer() {   # $1 tile, $2 platform SQL, $3 naive SQL
  local platform naive
  platform=$(psql -At -c "$2" | sort)
  naive=$(psql -At -c "$3" | sort)
  if [ -n "$naive" ] && [ -z "$(comm -13 <(printf '%s\n' "$platform") <(printf '%s\n' "$naive"))" ] \
     && { [ "$1" = no-shows ] || [ "$platform" = "$naive" ]; }; then echo yes; else echo NO; fi
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
    same=$(same_answer "$tile" "$sql" "$naive_sql")
    ratio=$(awk -v a="$n50" -v b="$p50" 'BEGIN {printf "%.0f", (b > 0 ? a / b : 0)}')
    goal=$(awk -v p="$p95" 'BEGIN {print (p <= 200 ? "met" : "missed")}')
    worst_p95=$(awk -v a="$worst_p95" -v b="$p95" 'BEGIN {print (b > a ? b : a)}')
    rows_md+="| $1 | $tile | $p50 / $p95 ms | $n50 / $n95 ms | ×$ratio | $same | $goal |"$'\n'
    echo "$1 $tile: counters p50/p95 $p50/$p95 ms, naive $n50/$n95 ms (×$ratio), same answer: $same"
  done <<<"$2"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
measure "network, 52 weeks" "$(tiles "")" "$(naive "")"
measure "one point, 1 year" "$(tiles "$point")" "$(naive "$point")"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

section="<!-- evaluation:start -->
## Evaluation dashboards (issue 5)

Command: \`bench/evaluation.sh\` (EVAL_POINTS=$POINTS, EVAL_DAYS=$DAYS, EVAL_RUNS=$RUNS, EVAL_NAIVE_RUNS=$NAIVE_RUNS).
Measured $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores, PostgreSQL $(psql -At -c 'SHOW server_version'),
shared with other work: load average (1, 5, 15 min) $load_generation when the generation began, $load_before
before the timings, $load_after after them.
The schema is the platform's (the jar ran its migrations on this database); the history is generated by
\`bench/evaluation-generate.sql\`: $POINTS points, 10 organisations, $DAYS days; per point and day 2 visio interviews,
8 desk services and one appointment (4 % not honoured, 5 % cancelled); six-month survey campaigns with the default
questionnaire, answered after one visio interview in 5 and one Internet consultation in 10. That is **$services
services and interviews**, **$appointments appointments** ($no_shows not honoured), **$answers survey answers**
($responses responses), generated in **${generation_s} s**, counters and the ledger of counted events included.

The dashboards of the network, an organisation and a point run these queries (\`Dashboards\`, \`SurveyResults\`):
*weeks* (visio interviews per week and organisation: chart and table), *kinds* (services by kind: chart, table,
the services-rendered tile and the appointments taken), *no-shows* (the same kinds query over the period's days
already over: appointments due and not honoured; with a period ending yesterday, the same statement), *visio*
(per organisation: interviews, km, minutes, waits: the headline's interviews and km, the waiting-time tile, travel
avoided with its CO₂ and its table) and *satisfaction* (the headline's and the tile's share of satisfied answers).
The organisations' names come from one small lookup. Each is timed with pgbench (one client, after a warm-up
run): the platform's query on its counters (\`evaluation_network_tally\` and \`survey_network_satisfaction_tally\`
for the network, \`evaluation_tally\` and \`survey_satisfaction_tally\` for a point), beside the naive \`GROUP BY\`
over the raw rows (\`interview\` joined to \`distance\` for travel avoided, \`evaluation_desk_service\`,
\`appointment\`, \`survey_answer\` joined to its responses: the query the satisfaction tile ran before its counters).
The column *same* says whether both gave the same figures. Goal: p95 ≤ 200 ms.

| view | tile | counters p50 / p95 | naive GROUP BY p50 / p95 | naive ÷ counters (p50) | same | goal |
|---|---|---|---|---|---|---|
${rows_md}
One point's raw rows are few (an index on the point reaches its ~3,650 desk rows, ~730 interviews and ~365
appointments of a year; the generator writes interviews and desk services point by point, which keeps each
point's rows together and favours the naive query there), so the naive query is fast there too; the counters
matter for the network's and the organisations' views, which would otherwise scan every raw row. Worst p95 on the
counters: **${worst_p95} ms**.

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
