#!/usr/bin/env bash
# Restores a backup made by backup.sh into the (empty) database named by KHIDMA_DB_URL, then Khidma can start on it.
#
#   KHIDMA_DB_URL=jdbc:mariadb://host:3306/khidma?sslMode=verify-full KHIDMA_DB_MIGRATION_USER=khidma_migrate \
#     KHIDMA_DB_MIGRATION_PASSWORD_FILE=/etc/khidma/migrate.pw \
#     server-config/restore.sh /var/backups/khidma/khidma-20261125T101500Z.sql.gz
#
# As the schema's owner (it creates tables and triggers); over TLS with the server's certificate verified when the
# server is another machine. See db-connection.sh for every variable.
# Refuses a database that already holds tables unless --force is given. Stop Khidma while restoring.
# MARIADB_BIN may name the folder holding the mariadb client (default: from PATH).
set -euo pipefail

force=false
if [ "${1:-}" = "--force" ]; then force=true; shift; fi
backup=${1:?usage: restore.sh [--force] backup.sql.gz}
source "$(dirname "${BASH_SOURCE[0]}")/db-connection.sh"
db_connection restore
database=$db_name
client=${MARIADB_BIN:+$MARIADB_BIN/}mariadb
run() { MYSQL_PWD=$db_password "$client" --host="$db_host" --port="$db_port" --user="$db_user" --protocol=TCP \
  "${db_tls[@]}" --default-character-set=utf8mb4 "$@"; }

tables=$(run --batch --skip-column-names -e \
  "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'")
if [ "$tables" != "0" ] && [ "$force" != true ]; then
  echo "restore: database $database already holds $tables tables; use --force to restore over them" >&2
  exit 3
fi
gunzip -c "$backup" | run "$database"
echo "restored $backup into $database on $db_host:$db_port"
