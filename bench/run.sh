#!/usr/bin/env bash
# Runs the load benchmark end to end: fresh databases, the app jar on PostgreSQL, the load, the
# bare Flowable comparison, and (PROFILE=1) a JFR profile of the app during the load.
#
#   bench/run.sh [benchmark options]      e.g. bench/run.sh --count 5000 --clients 32
#
# Environment (defaults in brackets):
#   PORT [8081]  HISTORY_LEVEL [audit]  POOL [20]: the app's and the bare engine's settings
#   APP_ARGS     more Spring properties for the app, e.g. "--server.tomcat.threads.max=50"
#   JAVA_OPTS    JVM options for the app          PROFILE [0]: 1 records and summarises a JFR
#   PGHOST [localhost] PGPORT [5432] PGUSER [postgres] PGPASSWORD []: a local PostgreSQL
#   LABEL        names the result file under bench/target/results/
# Needs JDK 17, Maven, and createdb/dropdb/psql. Builds the app jar if it is missing.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib.sh"
root="$(dirname "$here")"
port="${PORT:-8081}"
history="${HISTORY_LEVEL:-audit}"
pool="${POOL:-20}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGPASSWORD="${PGPASSWORD:-}"
app_db=atum_bench
bare_db=atum_bench_bare
out="$here/target/results"
stamp="$(date +%Y%m%d-%H%M%S)"
label="${LABEL:-$history-pool$pool}"
mkdir -p "$out"

if [ ! -f "$root/app/target/atum-desk.jar" ]; then
  mvn -q -B -f "$root/pom.xml" -DskipTests install
fi
mvn -q -B -f "$here/pom.xml" package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt
classpath="$here/target/classes:$(cat "$here/target/classpath.txt")"

for db in "$app_db" "$bare_db"; do
  dropdb --if-exists "$db"
  createdb "$db"
done

jvm=(${JAVA_OPTS:-})
if [ "${PROFILE:-0}" = 1 ]; then
  jvm+=(-XX:FlightRecorderOptions:stackdepth=256)
fi
ATUM_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$app_db" ATUM_DB_USER="$PGUSER" \
  ATUM_DB_PASSWORD="$PGPASSWORD" ATUM_DEMO=true \
  start_app "$out/$stamp-$label-app.log" "${jvm[@]}" -jar "$root/app/target/atum-desk.jar" \
  --server.port="$port" --flowable.history-level="$history" \
  --spring.datasource.hikari.maximum-pool-size="$pool" ${APP_ARGS:-}

if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$app_pid" JFR.start name=bench settings=profile >/dev/null
fi

{
  echo "# $label: history $history, pool $pool, app args: ${APP_ARGS:-none}, java opts: ${JAVA_OPTS:-none}"
  java -cp "$classpath" io.atumdesk.bench.LoadBenchmark --url "http://localhost:$port" \
    --db-url "jdbc:postgresql://$PGHOST:$PGPORT/$app_db" \
    --bare-db-url "jdbc:postgresql://$PGHOST:$PGPORT/$bare_db" \
    --db-user "$PGUSER" --db-password "$PGPASSWORD" \
    --pool "$pool" --history-level "$history" --app-pid "$app_pid" "$@"
  if [ "${PROFILE:-0}" = 1 ]; then
    jcmd "$app_pid" JFR.dump name=bench filename="$out/$stamp-$label.jfr" >/dev/null
    java -cp "$classpath" io.atumdesk.bench.HotMethods "$out/$stamp-$label.jfr" 30
  fi
} 2>&1 | tee "$out/$stamp-$label.txt"
