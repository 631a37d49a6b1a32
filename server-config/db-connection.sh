# Sourced by backup.sh and restore.sh: the database they work on, from the same variables as the application.
#   KHIDMA_DB_URL                       jdbc:mariadb://host[:port]/database[?sslMode=verify-full&serverSslCert=/path/ca.pem]
#   KHIDMA_DB_MIGRATION_USER            the schema's owner (db-users.sql); backups need it to read the triggers, and
#   KHIDMA_DB_MIGRATION_PASSWORD(_FILE) restores to create tables. Without it: KHIDMA_DB_USER, KHIDMA_DB_PASSWORD(_FILE).
#   KHIDMA_DB_SSL_CA                    the CA that signed a remote server's certificate (else serverSslCert from the
#                                       URL, else the system's trust store)
# Sets: db_host db_port db_name db_user db_password db_tls (an array of the client's TLS options).
# A remote server is always reached over TLS with its certificate verified (--ssl-verify-server-cert), as the
# application itself must (platform.safety.ConfigurationCheck); only this machine's server is reached in plain TCP.

db_connection() {
  local name=$1 url=${KHIDMA_DB_URL:?set KHIDMA_DB_URL}
  if [ -n "${KHIDMA_DB_MIGRATION_USER:-}" ]; then
    db_user=$KHIDMA_DB_MIGRATION_USER
    if [ -n "${KHIDMA_DB_MIGRATION_PASSWORD_FILE:-}" ]; then
      db_password=$(head -n 1 "$KHIDMA_DB_MIGRATION_PASSWORD_FILE")
    else
      db_password=${KHIDMA_DB_MIGRATION_PASSWORD:?set KHIDMA_DB_MIGRATION_PASSWORD or KHIDMA_DB_MIGRATION_PASSWORD_FILE}
    fi
  else
    db_user=${KHIDMA_DB_USER:?set KHIDMA_DB_USER}
    if [ -n "${KHIDMA_DB_PASSWORD_FILE:-}" ]; then
      db_password=$(head -n 1 "$KHIDMA_DB_PASSWORD_FILE")
    else
      db_password=${KHIDMA_DB_PASSWORD:?set KHIDMA_DB_PASSWORD or KHIDMA_DB_PASSWORD_FILE}
    fi
  fi
  if [[ ! $url =~ ^jdbc:mariadb://([^:/?]+)(:([0-9]+))?/([A-Za-z0-9_]+)(\?(.*))?$ ]]; then
    echo "$name: cannot read host/port/database from KHIDMA_DB_URL" >&2
    exit 2
  fi
  db_host=${BASH_REMATCH[1]}
  db_port=${BASH_REMATCH[3]:-3306}
  db_name=${BASH_REMATCH[4]}
  local options=${BASH_REMATCH[6]:-} ca=${KHIDMA_DB_SSL_CA:-}
  if [ -z "$ca" ] && [[ "&$options" =~ \&serverSslCert=([^&]+) ]]; then
    ca=${BASH_REMATCH[1]}
  fi
  case $db_host in
    localhost | 127.* | ::1 | \[::1\]) db_tls=(--skip-ssl) ;;
    *)
      db_tls=(--ssl --ssl-verify-server-cert)
      if [ -n "$ca" ]; then db_tls+=(--ssl-ca="$ca"); fi
      ;;
  esac
}
