#!/usr/bin/env bash
# Builds and starts Visio-Accueil on an embedded PostgreSQL (data kept in ./data), with the demo network of the
# Lot on first start. Prints the address and the demo accounts. Set DATABASE_URL to use another PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/system-packages.sh
source scripts/java-options.sh
ensure_packages openjdk-17-jdk-headless maven
jar=platform/target/visio-accueil.jar
if [ ! -f "$jar" ] || [ -n "$(find platform/src pom.xml platform/pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -B -q -DskipTests package
fi
exec java $PLATFORM_JAVA_OPTS ${JAVA_OPTS:-} -jar "$jar" "$@"
