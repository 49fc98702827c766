#!/usr/bin/env bash
# Runs the inbox read benchmark end to end: a fresh database, the app jar on PostgreSQL with the
# demo tenants, COUNT generated tickets with their SLA clocks, the load on GET /api/v1/inbox and on
# the inbox page (/inbox and its htmx fragments), and EXPLAIN ANALYZE of the main queries.
#
#   bench/inbox.sh [benchmark options]      e.g. bench/inbox.sh --count 400 --clients 4
#
# Environment (defaults in brackets):
#   COUNT [100000]: tickets to generate   PORT [8082]   DB [atum_inbox_bench]
#   PGHOST [localhost] PGPORT [5432] PGUSER [postgres] PGPASSWORD []: a local PostgreSQL
# Needs JDK 17, Maven, and createdb/dropdb/psql. Builds the app jar if it is missing.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib.sh"
root="$(dirname "$here")"
port="${PORT:-8082}"
count="${COUNT:-100000}"
db="${DB:-atum_inbox_bench}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGPASSWORD="${PGPASSWORD:-}"
out="$here/target/results"
stamp="$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"

if [ ! -f "$root/app/target/atum-desk.jar" ]; then
  mvn -q -B -f "$root/pom.xml" -pl app -am -DskipTests package
fi
mvn -q -B -f "$here/pom.xml" package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt
classpath="$here/target/classes:$(cat "$here/target/classpath.txt")"

dropdb --if-exists "$db"
createdb "$db"

ATUM_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" ATUM_DB_USER="$PGUSER" \
  ATUM_DB_PASSWORD="$PGPASSWORD" ATUM_DEMO=true \
  start_app "$out/$stamp-inbox-app.log" ${JAVA_OPTS:-} -jar "$root/app/target/atum-desk.jar" \
  --server.port="$port"

{
  echo "# inbox read benchmark: $count generated tickets in acme, database $db"
  /usr/bin/time -f "generated in %e s" psql -q -v count="$count" -f "$here/sql/inbox-data.sql" "$db"
  java -cp "$classpath" io.atumdesk.bench.InboxBenchmark --url "http://localhost:$port" \
    --user agent --password agent --warmup 200 --count 400 --clients 4 "$@"
  echo "# the inbox page and its htmx fragments, signed in with a session"
  java -cp "$classpath" io.atumdesk.bench.InboxPageBenchmark --url "http://localhost:$port" \
    --user agent --password agent --warmup 200 --count 400 --clients 4 "$@"
  psql -q -f "$here/sql/inbox-explain.sql" "$db"
} 2>&1 | tee "$out/$stamp-inbox.txt"
