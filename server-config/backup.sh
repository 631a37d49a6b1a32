#!/usr/bin/env bash
# Logical backup of Khidma's database: a consistent snapshot (--single-transaction, no locks on InnoDB) with the
# audit trail's triggers, gzip-compressed, readable by its owner only.
#
#   KHIDMA_DB_URL=jdbc:mariadb://host:3306/khidma?sslMode=verify-full KHIDMA_DB_MIGRATION_USER=khidma_migrate \
#     KHIDMA_DB_MIGRATION_PASSWORD_FILE=/etc/khidma/migrate.pw server-config/backup.sh /var/backups/khidma
#
# As the schema's owner (the run-time user may not read the triggers); over TLS with the server's certificate
# verified when the server is another machine. See db-connection.sh for every variable.
# MARIADB_BIN may name the folder holding mariadb-dump (default: from PATH).
# Prints the path of the backup it wrote. For hot physical backups of a large database use mariadb-backup
# (see README, "Backups and restore").
set -euo pipefail

target_dir=${1:-.}
source "$(dirname "${BASH_SOURCE[0]}")/db-connection.sh"
db_connection backup
dump=${MARIADB_BIN:+$MARIADB_BIN/}mariadb-dump

mkdir -p "$target_dir"
umask 077
file="$target_dir/khidma-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
# The password goes through the environment, never the command line (visible to every user in ps).
# DEFINER clauses are dropped so the dump restores under the application's own user.
MYSQL_PWD=$db_password "$dump" --host="$db_host" --port="$db_port" --user="$db_user" --protocol=TCP \
  --single-transaction --quick --triggers --routines --hex-blob --default-character-set=utf8mb4 \
  --no-tablespaces "${db_tls[@]}" "$db_name" \
  | sed -E 's/DEFINER=`[^`]+`@`[^`]+`//g' \
  | gzip -9 > "$file.partial"
mv "$file.partial" "$file"
echo "$file"
