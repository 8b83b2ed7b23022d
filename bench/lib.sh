# Shared by the benchmark scripts (sourced, not run): start and stop the built platform on 127.0.0.1, figures,
# and the one section of bench/RESULTS.md each benchmark owns.

source scripts/java-options.sh

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

free_port() {
  local port
  for port in $(seq $((20000 + RANDOM % 10000)) 30999); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  echo "no free port" >&2; exit 1
}

# Other work on the machine inflates every figure: wait (at most QUIET_WAIT seconds) for the load to settle.
wait_for_quiet() {
  local waited=0
  while [ "$(awk -v cores="$(nproc)" '{print ($1 < cores) ? 1 : 0}' /proc/loadavg)" -eq 0 ] \
      && [ "$waited" -lt "${QUIET_WAIT:-60}" ]; do
    sleep 5; waited=$((waited + 5))
  done
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

machine() {
  echo "$(nproc) cores, $(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 1024 )) GiB," \
    "$(java -version 2>&1 | head -1)"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }

kib() { awk '/^(VmRSS|Pss):/ {print $2}' "$1" 2>/dev/null || echo 0; }

build_platform() {
  local jar=platform/target/visio-accueil.jar
  if [ ! -f "$jar" ] || [ -n "$(find platform/src pom.xml platform/pom.xml -newer "$jar" -print -quit)" ]; then
    mvn -B -q -DskipTests package
  fi
}

# The benchmark drivers (bench/pom.xml, outside the build that ./test.sh runs): compiled, with their classpath.
build_drivers() {
  mvn -B -q -f bench/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
  DRIVERS_CLASSPATH="bench/target/classes:platform/target/classes:$(cat bench/target/classpath.txt)"
}

app_pid=""
stop_app() {
  [ -n "$app_pid" ] || return 0
  kill -TERM "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

# Starts the built jar on 127.0.0.1 with its embedded PostgreSQL in $1, further arguments after the log file;
# returns when the home page lists the demo points (the demo network is loaded). Sets port, db_port and app_pid.
start_jar() {
  local data=$1 log=$2 start
  shift 2
  port=$(free_port)
  db_port=$(free_port)
  while [ "$db_port" = "$port" ]; do db_port=$(free_port); done
  start=$(now_ms)
  java $PLATFORM_JAVA_OPTS ${JAVA_OPTS:-} -jar platform/target/visio-accueil.jar --server.address=127.0.0.1 --server.port="$port" \
    --visio.database.directory="$data" --visio.database.port="$db_port" "$@" >"$log" 2>&1 &
  app_pid=$!
  until curl -fsS --max-time 2 "http://127.0.0.1:$port/" 2>/dev/null | grep -q 'href="/points/'; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the platform stopped; see $log" >&2; exit 1; }
    [ $(( $(now_ms) - start )) -lt 180000 ] || { echo "no page after 180 s; see $log" >&2; exit 1; }
    sleep 0.2
  done
}

# Replaces the section named $1 of bench/RESULTS.md (between its two markers) with the file $2, or appends it.
write_section() {
  local name=$1 body=$2 results=bench/RESULTS.md begin end
  begin="<!-- $name:begin -->"; end="<!-- $name:end -->"
  [ -f "$results" ] || printf '# Benchmark results\n' >"$results"
  if grep -qF "$begin" "$results"; then
    awk -v begin="$begin" -v end="$end" -v body="$body" '
      $0 == begin {print; while ((getline line < body) > 0) print line; skip = 1; next}
      $0 == end {skip = 0}
      !skip' "$results" >"$results.new"
    mv "$results.new" "$results"
  else
    { echo; echo "$begin"; cat "$body"; echo "$end"; } >>"$results"
  fi
}
