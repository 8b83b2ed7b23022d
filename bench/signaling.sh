#!/usr/bin/env bash
# Signaling capacity (issue 3): a load generator holds N concurrent WebSocket connections to /visio/signalisation,
# in pairs (point and agent of one admitted interview, written into the platform's database with passes signed by
# the platform's own RoomPasses), each sending RATE chat messages per second (default 0.5) stamped with their send
# time; prints the relay latency p50/p99 and the platform's memory at each step of STEPS (until connections fail or
# the p99 passes ten times the 50 ms goal), the largest N that met the goal, and writes its section of
# bench/RESULTS.md. Everything on 127.0.0.1.
# Usage: bench/signaling.sh     (STEPS=1000,2000 SECONDS_PER_STEP=10 SETTLE_SECONDS=5 RATE=1 bench/signaling.sh to
#        change the defaults; SETTLE_SECONDS: the wait between opening a step's connections and measuring)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
source scripts/system-packages.sh
ensure_packages openjdk-17-jdk-headless maven curl
STEPS=${STEPS:-1000,2000,5000,10000,15000,20000}
RATE=${RATE:-0.5}
SECONDS_PER_STEP=${SECONDS_PER_STEP:-20}
SETTLE_SECONDS=${SETTLE_SECONDS:-10}
OUT=bench/out/signaling
rm -rf "$OUT" && mkdir -p "$OUT"
trap stop_app EXIT

# One file descriptor per connection on each side, in processes that share this shell's limit: keep a margin.
ulimit -n "$(ulimit -Hn)"
cap=$(( $(ulimit -n) - 500 ))
steps=$(tr ',' '\n' <<<"$STEPS" | awk -v cap="$cap" '$1 <= cap' | paste -sd,)
[ "$steps" = "$STEPS" ] || echo "ulimit -n is $(ulimit -n): steps above $cap connections left out ($STEPS → $steps)"

echo "== Build"
build_platform
build_drivers
start_jar "$PWD/$OUT/data" "$OUT/platform.log"
load_before=$(load_average)
echo "== Steps $steps, $RATE message/s per connection, $SECONDS_PER_STEP s each, platform pid $app_pid on port $port"
java -Xss256k -Dsettle.seconds="$SETTLE_SECONDS" -cp "$DRIVERS_CLASSPATH" fr.visioaccueil.bench.SignalingLoad "http://127.0.0.1:$port" \
  "jdbc:postgresql://127.0.0.1:$db_port/postgres" "$steps" "$RATE" "$SECONDS_PER_STEP" "$app_pid" "$OUT/report.md" \
  | tee "$OUT/steps.txt"
stop_app

cat >"$OUT/section.md" <<RESULTS
## Signaling capacity

Command: \`bench/signaling.sh\` (STEPS=$steps, RATE=$RATE, SECONDS_PER_STEP=$SECONDS_PER_STEP, SETTLE_SECONDS=$SETTLE_SECONDS). The built jar on
127.0.0.1 (JVM options: \`$PLATFORM_JAVA_OPTS${JAVA_OPTS:+ $JAVA_OPTS}\`), its embedded PostgreSQL in a fresh folder; the generator
(\`bench/src/main/java/fr/visioaccueil/bench/SignalingLoad.java\`, the JDK's WebSocket client) writes N/2 admitted
interviews into the database, opens both sides of each with a pass signed by the platform's \`RoomPasses\` and the
page's Origin, joins, then sends stamped chat messages; the latency is from the send to the other side's receipt,
both in the generator's JVM — so it includes the generator's own delays on this machine, where the two processes
share the cores. File descriptors: \`ulimit -n\` $(ulimit -n) for each process.

Measured $(date -u +"%Y-%m-%d %H:%M UTC") on $(machine); load average before: $load_before, after: $(load_average).

$(cat "$OUT/report.md")
RESULTS
write_section signaling "$OUT/section.md"
echo "Written to bench/RESULTS.md (section: signaling capacity)"
