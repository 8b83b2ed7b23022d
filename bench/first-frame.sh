#!/usr/bin/env bash
# Time to first frame (issue 3): from the agent's click on "take" in the queue to the first remote frame painted on
# BOTH sides (point and agent), against the floor: two bare pages with the same fake devices and no server, SDP and
# candidates carried by the driver. Starts the built jar on 127.0.0.1 (embedded PostgreSQL in a fresh folder), two
# headless Chromiums, CALLS calls after WARM_UP ones (defaults 20 and 2), platform and floor alternating; prints
# medians, p95 and ratios, and writes its section of bench/RESULTS.md.
# Usage: bench/first-frame.sh          (CALLS=40 WARM_UP=3 bench/first-frame.sh to change the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
source scripts/system-packages.sh
ensure_packages openjdk-17-jdk-headless maven curl chromium chromium-driver
CALLS=${CALLS:-20}
WARM_UP=${WARM_UP:-2}
OUT=bench/out/first-frame
rm -rf "$OUT" && mkdir -p "$OUT"
trap stop_app EXIT

echo "== Build"
build_platform
build_drivers
start_jar "$PWD/$OUT/data" "$OUT/platform.log"
load_before=$(load_average)
echo "== $CALLS calls (+ $WARM_UP warm-up) through the platform on port $port, each beside a floor call"
java -cp "$DRIVERS_CLASSPATH" fr.visioaccueil.bench.FirstFrame "http://127.0.0.1:$port" "$CALLS" "$WARM_UP" \
  "$OUT/report.md" | tee "$OUT/calls.txt"
stop_app

cat >"$OUT/section.md" <<RESULTS
## Time to first frame

Command: \`bench/first-frame.sh\` (CALLS=$CALLS, WARM_UP=$WARM_UP). The built jar on 127.0.0.1 with its embedded
PostgreSQL; two headless Chromiums (fake camera and microphone, \`--allow-loopback-in-peer-connection\`) signed in as
the mediator of ESP@P Bretenoux and the CAF's agent. Each call: the point requests a visio with the CAF, the agent
clicks "take" in the live queue, both enter the room; timed from that click to the first frame of the remote video
painted on both sides (\`requestVideoFrameCallback\`), from a hook installed before any page script
(\`bench/src/main/resources/fr/visioaccueil/bench/first-frame-hook.js\`), so the room's code is measured unchanged.
The floor: the same two Chromiums on a bare page each (\`floor.html\`), getUserMedia with the same constraints,
SDP and candidates carried by the driver, timed from the start of the call. Platform and floor calls alternate.

Measured $(date -u +"%Y-%m-%d %H:%M UTC") on $(machine); load average before: $load_before, after: $(load_average).

$(cat "$OUT/report.md")

Phases, in the order a page goes through them: *told* the last live update (server-sent event) the page before the
room received (for the point: its waiting page told of the admission; the agent's queue page hears it too),
*navigation* the page's navigation began, *firstByte* its first byte, *page* its DOM loaded (the point's waiting page
and the agent's queue become the room in place: these come before the click, hence negative), *room* the room's
section in the page, *media* camera and microphone granted (the point's self-view opens them while it waits, the
agent's click while the platform admits), *turn* the TURN credentials fetched (no longer: they come in the room),
*socket* signaling open, *join* the page said it is there (the room's code running), *peer* the other side present, *connected* ICE and DTLS done, *frame* first remote frame
painted.

Per call (the platform's time is the later of the two sides):

\`\`\`
$(grep '^call' "$OUT/calls.txt")
\`\`\`
RESULTS
write_section first-frame "$OUT/section.md"
echo "Written to bench/RESULTS.md (section: first frame)"
