#!/usr/bin/env bash
# Runs every test: installs what the tests need when it is missing (JDK, Maven, Chromium and its driver),
# then the Maven build with unit, database, module and browser tests.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/system-packages.sh
ensure_packages openjdk-17-jdk-headless maven chromium chromium-driver
exec mvn -B verify "$@"
