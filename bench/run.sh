#!/usr/bin/env bash
# Runs every benchmark, one after the other; each prints its figures and rewrites only its own section of
# bench/RESULTS.md. Each can be run alone (see bench/README.md), with the same settings as environment variables.
set -euo pipefail
cd "$(dirname "$0")"
./startup.sh
./first-frame.sh
./signaling.sh
./booking.sh
