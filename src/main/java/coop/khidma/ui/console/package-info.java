/**
 * The staff back-office console (shareholder-relations employees, supervisors, director, committee,
 * administrators). Views and forms only: every rule is enforced by the boundaries.
 */
package coop.khidma.ui.console;
