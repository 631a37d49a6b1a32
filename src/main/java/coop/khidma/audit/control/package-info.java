/**
 * The audit trail's tamper evidence, as pure rules: each entry's hash covers the hash of the entry before it and the
 * entry's own canonical text, so an entry edited, removed or inserted afterwards breaks the chain at a place a
 * verification names. Serves the policy's preamble (a faithful record of who did what, when) and OWASP ASVS 5.0
 * V16 (log integrity).
 */
package coop.khidma.audit.control;
