#!/usr/bin/env bash
# Restores a backup made by backup.sh into the (empty) database named by KHIDMA_DB_URL, then Khidma can start on it.
#
#   KHIDMA_DB_URL=jdbc:mariadb://host:3306/khidma KHIDMA_DB_USER=khidma KHIDMA_DB_PASSWORD=... \
#     server-config/restore.sh /var/backups/khidma/khidma-20261125T101500Z.sql.gz
#
# Refuses a database that already holds tables unless --force is given. Stop Khidma while restoring.
# MARIADB_BIN may name the folder holding the mariadb client (default: from PATH).
set -euo pipefail

force=false
if [ "${1:-}" = "--force" ]; then force=true; shift; fi
backup=${1:?usage: restore.sh [--force] backup.sql.gz}
url=${KHIDMA_DB_URL:?set KHIDMA_DB_URL}
user=${KHIDMA_DB_USER:?set KHIDMA_DB_USER}
if [ -n "${KHIDMA_DB_PASSWORD_FILE:-}" ]; then
  password=$(cat "$KHIDMA_DB_PASSWORD_FILE")
else
  password=${KHIDMA_DB_PASSWORD:?set KHIDMA_DB_PASSWORD or KHIDMA_DB_PASSWORD_FILE}
fi
if [[ ! $url =~ ^jdbc:mariadb://([^:/?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
  echo "restore: cannot read host/port/database from KHIDMA_DB_URL" >&2
  exit 2
fi
host=${BASH_REMATCH[1]}
port=${BASH_REMATCH[3]:-3306}
database=${BASH_REMATCH[4]}
client=${MARIADB_BIN:+$MARIADB_BIN/}mariadb
run() { MYSQL_PWD=$password "$client" --host="$host" --port="$port" --user="$user" --protocol=TCP --skip-ssl \
  --default-character-set=utf8mb4 "$@"; }

tables=$(run --batch --skip-column-names -e \
  "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'")
if [ "$tables" != "0" ] && [ "$force" != true ]; then
  echo "restore: database $database already holds $tables tables; use --force to restore over them" >&2
  exit 3
fi
gunzip -c "$backup" | run "$database"
echo "restored $backup into $database on $host:$port"
