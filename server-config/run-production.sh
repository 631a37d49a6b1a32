#!/usr/bin/env bash
# Starts Khidma in production on Payara Micro with this folder's configuration. Used by khidma.service; can be run
# by hand. Expects in KHIDMA_HOME (default /opt/khidma): payara-micro.jar, mariadb-java-client.jar, khidma.war and
# this server-config/ folder. Secrets come from the environment (systemd's EnvironmentFile=, readable by the
# service user only), never from this script or the command line.
set -euo pipefail
home=${KHIDMA_HOME:-/opt/khidma}
export KHIDMA_MODE=${KHIDMA_MODE:-production}
: "${KHIDMA_DB_URL:?set KHIDMA_DB_URL (see khidma.env.example)}"
: "${KHIDMA_DB_USER:?set KHIDMA_DB_USER}"
if [ -z "${KHIDMA_DB_PASSWORD:-}" ] && [ -n "${KHIDMA_DB_PASSWORD_FILE:-}" ]; then
  KHIDMA_DB_PASSWORD=$(cat "$KHIDMA_DB_PASSWORD_FILE")
  export KHIDMA_DB_PASSWORD
fi
: "${KHIDMA_DB_PASSWORD:?set KHIDMA_DB_PASSWORD or KHIDMA_DB_PASSWORD_FILE}"

# Heap: 1 GB serves one office with its kiosks (a kiosk session is well under 1 MB, a console session ~1 MB);
# the JDBC pool (server-config/post-boot-commands.asadmin) holds 2..32 connections.
# Payara listens on 127.0.0.1 only (pre-boot-production.asadmin): nginx (nginx-khidma.conf) is the only way in.
# Class-data sharing (the JDK's dynamic AppCDS): the first start of a given WAR, Payara Micro, driver and JDK writes,
# when the service stops, an archive of the classes it loaded; every later start maps it instead of loading and
# verifying those classes again (measured: about a quarter less CPU to ready). A new release gets a new archive; set
# KHIDMA_CDS=off to start without one; an archive the JVM cannot map is only ignored (with a warning): delete it and
# the next start writes a new one. The folder must be writable by the service (khidma.service: CacheDirectory=).
cds=()
if [ "${KHIDMA_CDS:-on}" != off ]; then
  cds_dir=${KHIDMA_CDS_DIR:-$home/cds}
  mkdir -p "$cds_dir"
  key=$( (stat -c '%n %s %Y' "$home/payara-micro.jar" "$home/mariadb-java-client.jar" "$home/khidma.war"; java -version 2>&1) | cksum | cut -d' ' -f1)
  archive="$cds_dir/khidma-$key.jsa"
  if [ -s "$archive" ]; then
    cds=(-XX:SharedArchiveFile="$archive")
  else
    rm -f "$cds_dir"/khidma-*.jsa
    cds=(-XX:ArchiveClassesAtExit="$archive")
  fi
fi

exec java -Xms512m -Xmx${KHIDMA_HEAP:-1g} -XX:+ExitOnOutOfMemoryError -Duser.timezone=UTC ${cds[@]+"${cds[@]}"} \
  -jar "$home/payara-micro.jar" \
  --nocluster \
  --port "${KHIDMA_HTTP_PORT:-8080}" \
  --rootdir "$home/runtime" \
  --addLibs "$home/mariadb-java-client.jar" \
  --prebootcommandfile "$home/server-config/pre-boot-production.asadmin" \
  --postbootcommandfile "$home/server-config/post-boot-commands.asadmin" \
  --logproperties "$home/server-config/logging.properties" \
  --deploy "$home/khidma.war" --contextroot /
