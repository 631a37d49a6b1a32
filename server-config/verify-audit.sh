#!/usr/bin/env bash
# Verifies the audit trail's hash chain: walks every entry in chain order and names the first broken link (an entry
# edited, removed or inserted past the application, even by the database owner), or says it is intact and prints the
# chain's head (write it down with the date: a later run that ends in another hash at that number shows a rewrite).
#
#   KHIDMA_DB_URL=jdbc:mariadb://host:3306/khidma?sslMode=verify-full KHIDMA_DB_USER=khidma \
#     KHIDMA_DB_PASSWORD_FILE=/etc/khidma/db.pw server-config/verify-audit.sh
#
# Uses the deployed application's own check: the classes of KHIDMA_WAR (default $KHIDMA_HOME/khidma.war) and the
# MariaDB driver KHIDMA_DRIVER_JAR (default $KHIDMA_HOME/mariadb-java-client.jar); KHIDMA_HOME defaults to /opt/khidma.
# Only reads; the run-time user (SELECT only is enough) will do. Exit 0 intact, 1 broken, 2 could not read.
# The same check is on the console: Administration > Audit trail > Verify the chain.
set -euo pipefail

home=${KHIDMA_HOME:-/opt/khidma}
war=${KHIDMA_WAR:-$home/khidma.war}
driver=${KHIDMA_DRIVER_JAR:-$home/mariadb-java-client.jar}
: "${KHIDMA_DB_URL:?set KHIDMA_DB_URL}"
: "${KHIDMA_DB_USER:?set KHIDMA_DB_USER}"
if [ -z "${KHIDMA_DB_PASSWORD:-}" ] && [ -z "${KHIDMA_DB_PASSWORD_FILE:-}" ]; then
  echo "verify-audit: set KHIDMA_DB_PASSWORD or KHIDMA_DB_PASSWORD_FILE" >&2
  exit 2
fi
for file in "$war" "$driver"; do
  if [ ! -r "$file" ]; then
    echo "verify-audit: cannot read $file" >&2
    exit 2
  fi
done

classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
# the audit trail's classes only (plain Java and JDBC; nothing of the server)
if command -v unzip > /dev/null; then
  unzip -q "$war" 'WEB-INF/classes/coop/khidma/audit/*' -d "$classes"
else
  (cd "$classes" && jar xf "$war" WEB-INF/classes/coop/khidma/audit)
fi
exec java -cp "$classes/WEB-INF/classes:$driver" coop.khidma.audit.jdbc.VerifyAuditChain
