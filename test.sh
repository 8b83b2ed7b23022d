#!/usr/bin/env bash
# Runs every test: installs what the tests need when it is missing (JDK, Maven, Chromium, its driver, a font for
# readable screenshots, coturn, the TURN relay the visio tests start, and iproute2, whose ip and tc give a visio test
# a throttled link in a network namespace of its own), then the Maven build with unit, database, module,
# access-control and browser tests.
# The browser tests fail, never skip, when Chromium cannot start.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/system-packages.sh
ensure_packages openjdk-17-jdk-headless maven chromium chromium-driver fonts-liberation coturn iproute2

# Debian starts coturn as a system service once installed, and its stock turnserver.conf asks for no credentials:
# an open relay on every interface. The tests start their own turnserver, so stop a system one nobody configured.
stop_open_coturn() {
  command -v systemctl >/dev/null && systemctl is-active --quiet coturn 2>/dev/null || return 0
  grep -qE '^[[:space:]]*(use-auth-secret|lt-cred-mech)' /etc/turnserver.conf 2>/dev/null && return 0
  echo "Arrêt du service coturn : /etc/turnserver.conf n'exige aucune authentification (relais ouvert)"
  if [ "$(id -u)" -eq 0 ]; then systemctl disable --now coturn; else sudo systemctl disable --now coturn; fi
}
stop_open_coturn
exec mvn -B verify "$@"
