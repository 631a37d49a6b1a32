/**
 * The assembly's door: admins and the director schedule meetings and their agenda, staff send the invitations and
 * carry out proxy appointments, supervisors read. Policy: the relationship with General Assembly members.
 */
package coop.khidma.assembly.boundary;
