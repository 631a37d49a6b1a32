#!/usr/bin/env bash
# Logical backup of Khidma's database: a consistent snapshot (--single-transaction, no locks on InnoDB) with the
# audit trail's triggers, gzip-compressed, readable by its owner only.
#
#   KHIDMA_DB_URL=jdbc:mariadb://host:3306/khidma KHIDMA_DB_USER=khidma KHIDMA_DB_PASSWORD=... \
#     server-config/backup.sh /var/backups/khidma
#
# The password may instead come from a file readable only by the service user: KHIDMA_DB_PASSWORD_FILE=/etc/khidma/db.pw
# MARIADB_BIN may name the folder holding mariadb-dump (default: from PATH).
# Prints the path of the backup it wrote. For hot physical backups of a large database use mariadb-backup
# (see README, "Backups and restore").
set -euo pipefail

target_dir=${1:-.}
url=${KHIDMA_DB_URL:?set KHIDMA_DB_URL}
user=${KHIDMA_DB_USER:?set KHIDMA_DB_USER}
if [ -n "${KHIDMA_DB_PASSWORD_FILE:-}" ]; then
  password=$(cat "$KHIDMA_DB_PASSWORD_FILE")
else
  password=${KHIDMA_DB_PASSWORD:?set KHIDMA_DB_PASSWORD or KHIDMA_DB_PASSWORD_FILE}
fi
if [[ ! $url =~ ^jdbc:mariadb://([^:/?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
  echo "backup: cannot read host/port/database from KHIDMA_DB_URL" >&2
  exit 2
fi
host=${BASH_REMATCH[1]}
port=${BASH_REMATCH[3]:-3306}
database=${BASH_REMATCH[4]}
dump=${MARIADB_BIN:+$MARIADB_BIN/}mariadb-dump

mkdir -p "$target_dir"
umask 077
file="$target_dir/khidma-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
# The password goes through the environment, never the command line (visible to every user in ps).
# DEFINER clauses are dropped so the dump restores under the application's own user.
MYSQL_PWD=$password "$dump" --host="$host" --port="$port" --user="$user" --protocol=TCP \
  --single-transaction --quick --triggers --routines --hex-blob --default-character-set=utf8mb4 \
  --no-tablespaces --skip-ssl "$database" \
  | sed -E 's/DEFINER=`[^`]+`@`[^`]+`//g' \
  | gzip -9 > "$file.partial"
mv "$file.partial" "$file"
echo "$file"
