#!/usr/bin/env bash
# Inbound mail benchmark: a GreenMail standalone server (SMTP and IMAP, from Maven's
# com.icegreen:greenmail-standalone), the app jar with a fresh H2 database (or PostgreSQL when
# ATUM_DB_URL is set) and IMAP IDLE on, one mailbox added through the API, COUNT mails delivered
# over SMTP at RATE per second, and the time until every mail is a ticket (seen through the API).
#
#   bench/mail.sh [benchmark options]        e.g. COUNT=1000 RATE=50 bench/mail.sh
#
# Environment (defaults in brackets): COUNT [1000], RATE [50] mails/s, PORT [8083],
#   SMTP_PORT [3025], IMAP_PORT [3143], GREENMAIL_API_PORT [3080], POLL [PT5S]: the fallback
#   poll interval.
# Needs JDK 17 and Maven. Builds the app jar if it is missing.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib.sh"
root="$(dirname "$here")"
port="${PORT:-8083}"
smtp_port="${SMTP_PORT:-3025}"
imap_port="${IMAP_PORT:-3143}"
out="$here/target/results"
stamp="$(date +%Y%m%d-%H%M%S)"
work="$here/target/mail-$stamp"
mkdir -p "$out" "$work"

if [ ! -f "$root/app/target/atum-desk.jar" ]; then
  mvn -q -B -f "$root/pom.xml" -pl app -am -DskipTests package
fi
mvn -q -B -f "$here/pom.xml" package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt
mvn -q -B -f "$here/pom.xml" dependency:copy \
  -Dartifact=com.icegreen:greenmail-standalone:2.1.13 -DoutputDirectory=target/greenmail
classpath="$here/target/classes:$(cat "$here/target/classpath.txt")"

java -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.port="${GREENMAIL_API_PORT:-3080}" \
  -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.imap.port="$imap_port" \
  -Dgreenmail.users=support:bench-secret@acme.example -Dgreenmail.users.login=local_part \
  -jar "$here/target/greenmail/greenmail-standalone-2.1.13.jar" >"$out/$stamp-greenmail.log" 2>&1 &
greenmail_pid=$!
also_on_exit='kill "$greenmail_pid" 2>/dev/null || true'
trap "$also_on_exit" EXIT

# The app runs in its own folder, so its H2 database and key file start empty.
cd "$work"
ATUM_MAIL_POLL_INTERVAL="${POLL:-PT5S}" start_app "$out/$stamp-mail-app.log" ${JAVA_OPTS:-} \
  -jar "$root/app/target/atum-desk.jar" --server.port="$port"

curl -fsS -u admin:admin -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench\",\"host\":\"127.0.0.1\",\"port\":$imap_port,\"protocol\":\"imap\",
       \"username\":\"support\",\"password\":\"bench-secret\"}" \
  "http://localhost:$port/api/v1/mail/mailboxes" >/dev/null

{
  echo "# inbound mail benchmark: ${COUNT:-1000} mails at ${RATE:-50}/s, IMAP IDLE, $(nproc) cores"
  java -cp "$classpath" io.atumdesk.bench.MailBenchmark --url "http://localhost:$port" \
    --smtp-port "$smtp_port" --to support@acme.example \
    --count "${COUNT:-1000}" --rate "${RATE:-50}" "$@"
  grep -c "IDLE on" "$out/$stamp-mail-app.log" | sed 's/^/IDLE drops logged: /' || true
} 2>&1 | tee "$out/$stamp-mail.txt"
