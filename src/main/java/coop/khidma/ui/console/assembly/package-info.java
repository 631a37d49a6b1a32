/**
 * The General Assembly in the console: meetings scheduled by admins and the director with their agenda, the
 * invitations staff send to the entitled members (and print), the proxies recorded from members' requests, and the
 * bylaws' figures an admin confirms. Policy: the relationship with General Assembly members. Views only: the
 * {@code assembly} boundaries decide.
 */
package coop.khidma.ui.console.assembly;
