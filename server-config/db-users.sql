-- Khidma's two MariaDB users (least privilege, OWASP ASVS 5.0 V13.2): run once as the server's root, and again to
-- put the grants back exactly as here (it revokes whatever else either user was given).
--
--   the migrations user (default khidma_migrate) owns the schema: Flyway at start-up (tables, indexes, the audit
--     trail's triggers), backup.sh (it reads the triggers) and restore.sh. Application: KHIDMA_DB_MIGRATION_USER,
--     KHIDMA_DB_MIGRATION_PASSWORD_FILE.
--   the run-time user (default khidma) is the application's JDBC pool: rows only — SELECT, INSERT, UPDATE, DELETE.
--     No CREATE, DROP, ALTER, TRUNCATE, TRIGGER, INDEX: a flaw in the application cannot change the schema, and
--     cannot lift the audit trail's append-only triggers. Application: KHIDMA_DB_USER, KHIDMA_DB_PASSWORD_FILE.
--
-- In the mariadb client, as root (type the passwords there; never on a command line, where ps shows them):
--   SET @db = 'khidma', @app_host = '10.0.0.%',
--       @app_password = '…', @migration_password = '…';
--   -- optional: SET @app_user = 'khidma', @migration_user = 'khidma_migrate';
--   SOURCE /opt/khidma/server-config/db-users.sql
-- @app_host is where the Payara nodes connect from ('127.0.0.1' when MariaDB is on the same machine). Both users
-- must connect over TLS from another machine: the script requires it (REQUIRE SSL) unless @app_host is local.
-- Run mariadb-secure-installation on a new server first: it removes the `test` databases that every user (PUBLIC)
-- may otherwise create tables in.
-- With binary logging on (Galera, replicas), set log_bin_trust_function_creators=1 so the migrations user may
-- create the audit trail's triggers without SUPER.

SET @app_user = COALESCE(@app_user, 'khidma');
SET @migration_user = COALESCE(@migration_user, 'khidma_migrate');
SET @tls = IF(@app_host IN ('127.0.0.1', 'localhost', '::1'), 'NONE', 'SSL');

SET @sql = CONCAT('CREATE DATABASE IF NOT EXISTS `', REPLACE(@db, '`', ''),
                  '` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;

SET @sql = CONCAT('CREATE OR REPLACE USER ', QUOTE(@migration_user), '@', QUOTE(@app_host),
                  ' IDENTIFIED BY ', QUOTE(@migration_password), ' REQUIRE ', @tls);
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;

SET @sql = CONCAT('CREATE OR REPLACE USER ', QUOTE(@app_user), '@', QUOTE(@app_host),
                  ' IDENTIFIED BY ', QUOTE(@app_password), ' REQUIRE ', @tls);
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;

SET @sql = CONCAT('GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, TRIGGER, ',
                  'CREATE VIEW, SHOW VIEW, LOCK TABLES ON `', REPLACE(@db, '`', ''), '`.* TO ',
                  QUOTE(@migration_user), '@', QUOTE(@app_host));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;

SET @sql = CONCAT('GRANT SELECT, INSERT, UPDATE, DELETE ON `', REPLACE(@db, '`', ''), '`.* TO ',
                  QUOTE(@app_user), '@', QUOTE(@app_host));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;

SET @app_password = NULL, @migration_password = NULL;
