#!/usr/bin/env bash
# Starts the whole Retention Suite on this machine: PostgreSQL (the server named by
# RETENTION_DB_URL, else an embedded one), the three services and the gateway. Builds first when a
# packaged app is missing or older than its sources, waits until every health check is UP, seeds
# demo data, prints the URLs and the admin key, and stops everything it started on Ctrl-C/SIGTERM.
#
# Environment (all optional):
#   RETENTION_DB_URL / _USER / _PASSWORD   an existing PostgreSQL server (JDBC URL of any database on it)
#   RETENTION_EMBEDDED_DB_PORT             port of the embedded PostgreSQL (default 5532)
#   RETENTION_EMBEDDED_DB_DIR              keep the embedded PostgreSQL's data in this directory
#   RETENTION_ADMIN_API_KEY                the admin API key (default: generated and printed)
#   RETENTION_DEMO_DATA=false              start without the demo data
#   RETENTION_CDNOW_FILE                   the CDNOW sample (default: ../shared/data/cdnow/CDNOW_sample.txt)
#   GATEWAY_PORT, LOYALTY_PORT, FEEDBACK_PORT, SEGMENTATION_PORT   (8080, 8081, 8082, 8083)
#   GATEWAY_MANAGEMENT_PORT                the gateway's health and metrics (default 9000)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN_DIR="$ROOT/deploy/local/.run"
mkdir -p "$RUN_DIR"

GATEWAY_PORT=${GATEWAY_PORT:-8080}
GATEWAY_MANAGEMENT_PORT=${GATEWAY_MANAGEMENT_PORT:-9000}
LOYALTY_PORT=${LOYALTY_PORT:-8081}
FEEDBACK_PORT=${FEEDBACK_PORT:-8082}
SEGMENTATION_PORT=${SEGMENTATION_PORT:-8083}
EMBEDDED_DB_PORT=${RETENTION_EMBEDDED_DB_PORT:-5532}
APP_JVM_OPTS=${RETENTION_JVM_OPTS:--Xmx256m -XX:+UseSerialGC}

PIDS=()
NAMES=()

say() { printf '%s\n' "$*"; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

stop_all() {
  local status=$?
  trap - EXIT INT TERM
  if [ ${#PIDS[@]} -gt 0 ]; then
    say "Stopping the suite..."
    # Reverse order: the gateway first, PostgreSQL last.
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
      kill -TERM "${PIDS[$i]}" 2>/dev/null || true
    done
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
      local waited=0
      while kill -0 "${PIDS[$i]}" 2>/dev/null && [ $waited -lt 150 ]; do
        sleep 0.1; waited=$((waited + 1))
      done
      kill -KILL "${PIDS[$i]}" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    say "Stopped."
  fi
  exit $status
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_port() {
  local port=$1 what=$2 variable=$3
  if port_in_use "$port"; then
    fail "port $port ($what) is in use. Stop what uses it, or choose another port with $variable=<port>."
  fi
}

command -v java >/dev/null || fail "java is not on the PATH; install JDK 17 or newer."
java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
[ "${java_major%%.*}" -ge 17 ] 2>/dev/null || fail "Java 17 or newer is needed; found ${java_major:-none}."

check_port "$GATEWAY_PORT" gateway GATEWAY_PORT
check_port "$GATEWAY_MANAGEMENT_PORT" "gateway management" GATEWAY_MANAGEMENT_PORT
check_port "$LOYALTY_PORT" loyalty-service LOYALTY_PORT
check_port "$FEEDBACK_PORT" feedback-service FEEDBACK_PORT
check_port "$SEGMENTATION_PORT" segmentation-service SEGMENTATION_PORT
if [ -z "${RETENTION_DB_URL:-}" ]; then
  check_port "$EMBEDDED_DB_PORT" "embedded PostgreSQL" RETENTION_EMBEDDED_DB_PORT
fi

# --- Build when a packaged app is missing or older than its sources
APPS=(loyalty-service feedback-service segmentation-service gateway)
POSTGRES_JAR="$ROOT/deploy/target/deploy-0.1.0-SNAPSHOT.jar"
needs_build=false
for app in "${APPS[@]}"; do
  jar="$ROOT/$app/target/quarkus-app/quarkus-run.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/$app/src/main" "$ROOT/$app/pom.xml" "$ROOT/proto/src" -newer "$jar" -print -quit)" ]; then
    needs_build=true
  fi
done
[ -f "$POSTGRES_JAR" ] || needs_build=true
if $needs_build; then
  say "Building the suite (mvn -B -q package -DskipTests)..."
  (cd "$ROOT" && MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g -XX:+UseSerialGC}" mvn -B -q package -DskipTests) \
    || fail "the build failed; see the Maven output above."
fi

# start NAME LOG COMMAND...: starts a process in the background and remembers it.
start() {
  local name=$1 log=$2
  shift 2
  "$@" >"$log" 2>&1 &
  PIDS+=($!)
  NAMES+=("$name")
}

# --- PostgreSQL
say "Starting PostgreSQL..."
start postgres "$RUN_DIR/postgres.log" env RETENTION_EMBEDDED_DB_PORT="$EMBEDDED_DB_PORT" \
  java -Xmx128m -jar "$POSTGRES_JAR" retention_loyalty retention_feedback retention_segmentation
postgres_pid=${PIDS[-1]}
ready_line=""
for _ in $(seq 1 600); do
  ready_line=$(grep -m1 '^ready ' "$RUN_DIR/postgres.log" || true)
  [ -n "$ready_line" ] && break
  if ! kill -0 "$postgres_pid" 2>/dev/null; then
    tail -n 20 "$RUN_DIR/postgres.log" >&2
    fail "PostgreSQL did not start (log: $RUN_DIR/postgres.log)."
  fi
  sleep 0.1
done
[ -n "$ready_line" ] || fail "PostgreSQL was not ready within 60 s (log: $RUN_DIR/postgres.log)."
DB_SERVER_URL=$(awk '{print $2}' <<<"$ready_line")
DB_USER=${RETENTION_DB_USER:-$(awk '{print $3}' <<<"$ready_line")}
DB_PASSWORD=${RETENTION_DB_PASSWORD:-}
fresh_database=false
grep -q '^database retention_loyalty created' "$RUN_DIR/postgres.log" && fresh_database=true

# --- The services and the gateway
start_app() {
  local app=$1
  shift
  start "$app" "$RUN_DIR/$app.log" env "$@" java $APP_JVM_OPTS ${EXTRA_JVM_OPTS:-} -jar "$ROOT/$app/target/quarkus-app/quarkus-run.jar"
}
say "Starting the services and the gateway..."
# The loyalty service's memory settings (loyalty-service/README.md, "Speed"); later options win.
EXTRA_JVM_OPTS="${LOYALTY_JVM_OPTS:--Xmx160m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=48m}" \
  start_app loyalty-service MALLOC_ARENA_MAX=2 LOYALTY_PORT="$LOYALTY_PORT" LOYALTY_DB_URL="${DB_SERVER_URL}retention_loyalty" \
  LOYALTY_DB_USER="$DB_USER" LOYALTY_DB_PASSWORD="$DB_PASSWORD" \
  SEGMENTATION_GRPC_HOST=localhost SEGMENTATION_GRPC_PORT="$SEGMENTATION_PORT"
start_app feedback-service FEEDBACK_PORT="$FEEDBACK_PORT" FEEDBACK_DB_URL="${DB_SERVER_URL}retention_feedback" \
  FEEDBACK_DB_USER="$DB_USER" FEEDBACK_DB_PASSWORD="$DB_PASSWORD"
start_app segmentation-service SEGMENTATION_PORT="$SEGMENTATION_PORT" \
  SEGMENTATION_DB_URL="${DB_SERVER_URL}retention_segmentation" SEGMENTATION_DB_USER="$DB_USER" \
  SEGMENTATION_DB_PASSWORD="$DB_PASSWORD" \
  LOYALTY_GRPC_HOST=localhost LOYALTY_GRPC_PORT="$LOYALTY_PORT" \
  FEEDBACK_GRPC_HOST=localhost FEEDBACK_GRPC_PORT="$FEEDBACK_PORT"
ADMIN_KEY=${RETENTION_ADMIN_API_KEY:-rsk_$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')}
start_app gateway GATEWAY_PORT="$GATEWAY_PORT" GATEWAY_MANAGEMENT_PORT="$GATEWAY_MANAGEMENT_PORT" \
  RETENTION_ADMIN_API_KEY="$ADMIN_KEY" \
  LOYALTY_GRPC_HOST=localhost LOYALTY_GRPC_PORT="$LOYALTY_PORT" \
  FEEDBACK_GRPC_HOST=localhost FEEDBACK_GRPC_PORT="$FEEDBACK_PORT" \
  SEGMENTATION_GRPC_HOST=localhost SEGMENTATION_GRPC_PORT="$SEGMENTATION_PORT"

# --- Wait until every app's readiness check is UP
await_ready() {
  local index=$1 port=$2 name=${NAMES[$1]}
  for _ in $(seq 1 1200); do
    if ! kill -0 "${PIDS[$index]}" 2>/dev/null; then
      tail -n 30 "$RUN_DIR/$name.log" >&2
      fail "$name failed to start (log: $RUN_DIR/$name.log)."
    fi
    if curl -fsS -o /dev/null "http://localhost:$port/q/health/ready" 2>/dev/null; then
      say "  $name is UP on port $port"
      return 0
    fi
    sleep 0.1
  done
  fail "$name was not ready within 120 s (log: $RUN_DIR/$name.log)."
}
await_ready 1 "$LOYALTY_PORT"
await_ready 2 "$FEEDBACK_PORT"
await_ready 3 "$SEGMENTATION_PORT"
# The gateway's health is on its management interface, not on the public port.
await_ready 4 "$GATEWAY_MANAGEMENT_PORT"

# --- Demo data
API="http://localhost:$GATEWAY_PORT/api/v1"
demo_program=""
if [ "${RETENTION_DEMO_DATA:-true}" != "false" ]; then
  if $fresh_database; then
    say "Seeding demo data..."
    "$ROOT/deploy/local/seed-demo.sh" "$API" "$ADMIN_KEY" >"$RUN_DIR/demo.log" 2>&1 \
      || { tail -n 20 "$RUN_DIR/demo.log" >&2; fail "seeding the demo data failed (log: $RUN_DIR/demo.log)."; }
    demo_program=$(grep -m1 '^program ' "$RUN_DIR/demo.log" | awk '{print $2}')
    grep -v '^program ' "$RUN_DIR/demo.log" | sed 's/^/  /'
  else
    say "The databases existed already: demo data not seeded again."
  fi
fi

cat <<EOF

Retention Suite is up.
  Gateway (REST API)  $API
  Swagger UI          http://localhost:$GATEWAY_PORT/q/swagger-ui
  OpenAPI             http://localhost:$GATEWAY_PORT/q/openapi
  Admin API key       $ADMIN_KEY
  PostgreSQL          ${DB_SERVER_URL} (user $DB_USER)
  Logs                $RUN_DIR/
EOF
[ -n "$demo_program" ] && say "  Demo programme      $API/programs/$demo_program"
cat <<EOF

Try:  curl -H 'Authorization: Bearer $ADMIN_KEY' $API/customers/cdnow-1/insights
Press Ctrl-C to stop.
EOF

# --- Run until stopped, or until an app dies
while true; do
  for i in "${!PIDS[@]}"; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      if [ "${NAMES[$i]}" = postgres ] && [ -n "${RETENTION_DB_URL:-}" ]; then
        continue # with an external server the PostgreSQL helper exits once the databases exist
      fi
      tail -n 20 "$RUN_DIR/${NAMES[$i]}.log" >&2
      fail "${NAMES[$i]} stopped unexpectedly (log: $RUN_DIR/${NAMES[$i]}.log)."
    fi
  done
  sleep 1
done
