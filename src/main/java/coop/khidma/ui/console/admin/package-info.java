/**
 * Administration: staff accounts and roles, request types and their checklists, the settings the components read
 * (ladder, committee window, holidays, kiosk idle time), kiosk devices, and the read-only audit trail. Serves the
 * preamble (the rights of every party, through an auditable back office). Views only.
 */
package coop.khidma.ui.console.admin;
