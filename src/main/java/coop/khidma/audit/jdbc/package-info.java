/**
 * The audit chain over plain JDBC, for what runs outside the persistence context: the V22 migration that chains the
 * entries written before the chain existed, the verification the admin screen asks for, and the operators' command
 * {@code server-config/verify-audit.sh}. Policy preamble (a faithful record of who did what, when); OWASP ASVS 5.0
 * V16 (log integrity).
 */
package coop.khidma.audit.jdbc;
