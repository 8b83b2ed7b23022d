#!/usr/bin/env bash
# Rendez-vous benchmarks (issue 4) against the real platform (the jar) on 127.0.0.1, written to their own section
# of bench/RESULTS.md (between <!-- booking:start --> and <!-- booking:end -->):
#  - contention: CLIENTS (200) concurrent HTTP clients race for SLOTS (50) slots of one agent; exactly SLOTS must
#    win, the database must hold no overlap; answers per second and p50/p95 of the booking request;
#  - slot search: the citizen's booking page (free slots of one organisation for the coming four weeks at one
#    point) requested point after point, p50/p95, on the demo network and on a generated national network of
#    2,800 points served by 50 branches of the organisation (one permanence each, 3 agents, 56 points).
# Usage: bench/booking.sh   (CLIENTS=200 SLOTS=50 SEARCHES=600 CONCURRENCY=4 to change the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-200}
SLOTS=${SLOTS:-50}
SEARCHES=${SEARCHES:-600}
CONCURRENCY=${CONCURRENCY:-4}
OUT=bench/out/booking
source scripts/system-packages.sh
ensure_packages openjdk-17-jdk-headless maven curl postgresql-client
rm -rf "$OUT" && mkdir -p "$OUT"
jar=platform/target/visio-accueil.jar
if [ ! -f "$jar" ] || [ -n "$(find platform/src pom.xml platform/pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -B -q -DskipTests package
fi

app_pid=""
stop_app() {
  [ -n "$app_pid" ] || return 0
  kill -TERM "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
trap stop_app EXIT

free_port() {
  local port
  for port in $(seq $((20000 + RANDOM % 10000)) 30999); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  echo "no free port" >&2; exit 1
}

# Starts the jar on a fresh data directory with the demo network; waits for the home page listing the points.
start_app() {
  local name=$1 waited=0
  port=$(free_port); db_port=$(free_port)
  java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --visio.database.port="$db_port" \
    --visio.database.directory="$OUT/data-$name" --visio.demo.load=true >"$OUT/$name.log" 2>&1 &
  app_pid=$!
  until curl -fsS --max-time 2 "http://127.0.0.1:$port/" 2>/dev/null | grep -q 'href="/points/'; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the platform stopped; see $OUT/$name.log" >&2; exit 1; }
    sleep 0.5; waited=$((waited + 1))
    [ "$waited" -lt 360 ] || { echo "no page after 180 s; see $OUT/$name.log" >&2; exit 1; }
  done
}

sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d postgres "$@"; }

# The first weekday at least two days ahead, so that its slots are all in the future whatever the hour.
contention_day=$(for n in 2 3 4 5 6; do d=$(TZ=Europe/Paris date -d "+$n days" +%F); \
  [ "$(date -d "$d" +%u)" -le 5 ] && { echo "$d"; break; }; done)

# A CAF agent of its own, one day, 5-minute slots: 9:00–12:00 and 13:30–14:40 make exactly 50 slots at Bretenoux.
seed_contention() {
  sql <<SQL
INSERT INTO staff_account (email, display_name, role, organisation_id)
  SELECT 'agent.bench@espap46.example', 'Agent Banc', 'PARTNER_AGENT', id FROM organisation WHERE short_name = 'CAF';
INSERT INTO booking_motif (organisation_id, label, to_bring, duration_minutes)
  SELECT id, 'Banc d''essai', '', 5 FROM organisation WHERE short_name = 'CAF';
INSERT INTO permanence (organisation_id, slot_minutes, first_day, last_day)
  SELECT id, 5, DATE '$contention_day', DATE '$contention_day' FROM organisation WHERE short_name = 'CAF';
INSERT INTO permanence_agent SELECT max(p.id), (SELECT id FROM staff_account WHERE email = 'agent.bench@espap46.example')
  FROM permanence p;
INSERT INTO permanence_point SELECT max(p.id), (SELECT id FROM point WHERE slug = 'espap-bretenoux') FROM permanence p;
INSERT INTO permanence_range SELECT max(p.id), extract(isodow FROM DATE '$contention_day'), TIME '09:00', TIME '12:00'
  FROM permanence p;
INSERT INTO permanence_range SELECT max(p.id), extract(isodow FROM DATE '$contention_day'), TIME '13:30', TIME '14:40'
  FROM permanence p;
SQL
}

# Permanences of the CAF: one per branch, weekdays 9–12 and 13:30–17, 20-minute slots, 3 agents, serving the
# points whose number falls to the branch; four appointments a day already held by each agent.
seed_branches() {
  local branches=$1 points_like=$2
  sql <<SQL
INSERT INTO booking_motif (organisation_id, label, to_bring, duration_minutes)
  SELECT id, 'Recherche', 'Votre dernier avis d''imposition', 20 FROM organisation WHERE short_name = 'CAF';
DO \$\$
DECLARE caf bigint; motif bigint; perm bigint; b int;
BEGIN
  SELECT id INTO caf FROM organisation WHERE short_name = 'CAF';
  SELECT max(id) INTO motif FROM booking_motif;
  FOR b IN 1..$branches LOOP
    INSERT INTO staff_account (email, display_name, role, organisation_id)
      SELECT 'branche' || b || '.agent' || a || '@bench.example', 'Agent ' || b || '-' || a, 'PARTNER_AGENT', caf
      FROM generate_series(1, 3) a;
    INSERT INTO permanence (organisation_id, slot_minutes, first_day, last_day)
      VALUES (caf, 20, current_date - 1, current_date + 60) RETURNING id INTO perm;
    INSERT INTO permanence_range SELECT perm, d, TIME '09:00', TIME '12:00' FROM generate_series(1, 5) d;
    INSERT INTO permanence_range SELECT perm, d, TIME '13:30', TIME '17:00' FROM generate_series(1, 5) d;
    INSERT INTO permanence_agent SELECT perm, id FROM staff_account WHERE email LIKE 'branche' || b || '.agent%';
    INSERT INTO permanence_point SELECT perm, id FROM point WHERE slug LIKE '$points_like' AND id % $branches = b - 1;
    INSERT INTO appointment (organisation_id, point_id, permanence_id, agent_account_id, motif_id, starts_at, ends_at,
                             citizen_name, status, booked_by, booked_at)
      SELECT caf, (SELECT min(point_id) FROM permanence_point WHERE permanence_id = perm), perm, a.agent_account_id,
             motif, (day + t) AT TIME ZONE 'Europe/Paris', (day + t + INTERVAL '20 minutes') AT TIME ZONE 'Europe/Paris',
             'Usager', 'BOOKED', 'POINT', now()
        FROM permanence_agent a, generate_series(current_date + 1, current_date + 28, INTERVAL '1 day') day,
             unnest(ARRAY[TIME '09:00', TIME '10:00', TIME '14:00', TIME '15:20']) t
       WHERE a.permanence_id = perm AND extract(isodow FROM day) <= 5;
  END LOOP;
END \$\$;
SQL
}

# 2,800 points of a national network, open weekdays 9–12 and 13:30–17.
seed_national_points() {
  sql <<SQL
INSERT INTO point (slug, name, commune, address, postcode, host_type, host_name)
  SELECT 'fs-' || g, 'France services ' || g, 'Commune ' || g, 'Place de la mairie', lpad((g % 95 + 1)::text, 2, '0')
         || '000', 'TOWN_HALL', 'Mairie ' || g FROM generate_series(1, 2800) g;
INSERT INTO opening_range (point, point_key, day, opens, closes)
  SELECT p.id, d * 2 - 2, d, TIME '09:00', TIME '12:00' FROM point p, generate_series(1, 5) d WHERE p.slug LIKE 'fs-%';
INSERT INTO opening_range (point, point_key, day, opens, closes)
  SELECT p.id, d * 2 - 1, d, TIME '13:30', TIME '17:00' FROM point p, generate_series(1, 5) d WHERE p.slug LIKE 'fs-%';
ANALYZE;
SQL
}

bench() { java bench/BookingBench.java "$@"; }
caf() { sql -c "SELECT id FROM organisation WHERE short_name = 'CAF'"; }
last_motif() { sql -c "SELECT max(id) FROM booking_motif"; }

echo "== demo network: contention, then slot search"
start_app demo
seed_contention
contention_permanence=$(sql -c "SELECT max(id) FROM permanence")
contention_motif=$(last_motif)
# warm-up: the pages and the booking path once, on another day's slots of the demo permanences below
bench search "http://127.0.0.1:$port" "$(caf)" "$contention_motif" 50 2 espap-bretenoux >/dev/null
contention=$(bench contention "http://127.0.0.1:$port" espap-bretenoux "$(caf)" "$contention_motif" \
  "$contention_permanence" "$CLIENTS" "$SLOTS")
echo "$contention"
rows=$(sql -c "SELECT count(*) FROM appointment WHERE permanence_id = $contention_permanence")
overlaps=$(sql -c "SELECT count(*) FROM appointment a JOIN appointment b ON a.id < b.id
  AND a.agent_account_id = b.agent_account_id AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
  AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)")
seed_branches 3 'espap-%'
demo_slugs=$(sql -c "SELECT slug FROM point WHERE slug LIKE 'espap-%' ORDER BY slug" | tr '\n' ' ')
bench search "http://127.0.0.1:$port" "$(caf)" "$(last_motif)" 100 "$CONCURRENCY" $demo_slugs >/dev/null
demo_search=$(bench search "http://127.0.0.1:$port" "$(caf)" "$(last_motif)" "$SEARCHES" "$CONCURRENCY" $demo_slugs)
echo "$demo_search"
stop_app

echo "== national network: 2,800 points, 50 branches"
start_app national
seed_national_points
seed_branches 50 'fs-%'
national_slugs=$(sql -c "SELECT slug FROM point WHERE slug LIKE 'fs-%' ORDER BY random()" | tr '\n' ' ')
appointments=$(sql -c "SELECT count(*) FROM appointment")
bench search "http://127.0.0.1:$port" "$(caf)" "$(last_motif)" 100 "$CONCURRENCY" $national_slugs >/dev/null
national_search=$(bench search "http://127.0.0.1:$port" "$(caf)" "$(last_motif)" "$SEARCHES" "$CONCURRENCY" \
  $national_slugs)
echo "$national_search"
stop_app

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$2"; }
verdict() { awk -v v="$1" -v goal="$2" -v dir="$3" 'BEGIN { ok = dir == "max" ? v <= goal : v >= goal;
  printf "%s (%.2f × the goal)", ok ? "met" : "NOT met", dir == "max" ? v / goal : v / goal }'; }

section=$(cat <<MD
<!-- booking:start -->
## Rendez-vous (issue 4)

Command: \`bench/booking.sh\` (CLIENTS=$CLIENTS, SLOTS=$SLOTS, SEARCHES=$SEARCHES, CONCURRENCY=$CONCURRENCY). The jar on
127.0.0.1 with its embedded PostgreSQL, fresh data each time; data seeded with psql. Measured $(date -u '+%F %H:%M') UTC
on $(nproc) cores; load average before the last run: $(cut -d' ' -f1-3 /proc/loadavg).

**Contention**: $CLIENTS concurrent HTTP clients (each with its own CSRF cookie, as a citizen's browser) post the
online booking form at once, four per slot, on the $SLOTS slots of one agent ($contention_day, 5-minute slots).
"Answers per second" counts every decided request (booked or refused) over the wall time of the race.

| figure | value | goal |
|---|---|---|
| bookings that succeeded | $(field booked "$contention") | exactly $SLOTS |
| clean refusals (409 "Ce créneau vient d'être pris" with the next free slots) | $(field refused "$contention") | $((CLIENTS - SLOTS)) |
| other answers (errors) | $(field errors "$contention") | 0 |
| rows of that permanence in the database / overlapping active appointments of any agent | $rows / $overlaps | $SLOTS / 0 |
| answers per second | $(field answers_per_s "$contention") | ≥ 200: $(verdict "$(field answers_per_s "$contention")" 200 min) |
| latency of the booking request p50 / p95 / max | $(field p50_ms "$contention") / $(field p95_ms "$contention") / $(field max_ms "$contention") ms | p95 ≤ 100 ms: $(verdict "$(field p95_ms "$contention")" 100 max) |

**Slot search**: the citizen's booking page with the free slots of the CAF for the next four weeks at one point
(permanences serving the point, inside its opening hours, minus closures, absences and held appointments),
requested point after point by $CONCURRENCY clients; four appointments a day already held by every agent.

| network | points | slots per page (mean) | p50 / p95 / max | goal p95 ≤ 50 ms |
|---|---|---|---|---|
| demo (Lot, 3 branches of 3 agents) | $(field points "$demo_search") | $(field slots_per_page "$demo_search") | $(field p50_ms "$demo_search") / $(field p95_ms "$demo_search") / $(field max_ms "$demo_search") ms | $(verdict "$(field p95_ms "$demo_search")" 50 max) |
| national (2,800 points, 50 branches of 3 agents, $appointments appointments) | $(field points "$national_search") | $(field slots_per_page "$national_search") | $(field p50_ms "$national_search") / $(field p95_ms "$national_search") / $(field max_ms "$national_search") ms | $(verdict "$(field p95_ms "$national_search")" 50 max) |
<!-- booking:end -->
MD
)
results=bench/RESULTS.md
touch "$results"
if grep -q '<!-- booking:start -->' "$results"; then
  awk -v section="$section" '/<!-- booking:start -->/ { print section; skip = 1 } !skip { print }
    /<!-- booking:end -->/ { skip = 0 }' "$results" >"$results.new" && mv "$results.new" "$results"
else
  printf '\n%s\n' "$section" >>"$results"
fi
echo "written to $results"
