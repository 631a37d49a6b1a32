/**
 * Who may do what: Jakarta Security with a database identity store (PBKDF2), the staff roles, the first
 * administrator and each person's own account. Preamble: the rights of every party are protected.
 */
package coop.khidma.platform.security;
