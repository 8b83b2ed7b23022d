#!/usr/bin/env bash
# Runs every test: installs what the tests need when it is missing (JDK, Maven, Chromium, its driver and a font for
# readable screenshots), then the Maven build with unit, database, module, access-control and browser tests.
# The browser tests fail, never skip, when Chromium cannot start.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/system-packages.sh
ensure_packages openjdk-17-jdk-headless maven chromium chromium-driver fonts-liberation
exec mvn -B verify "$@"
