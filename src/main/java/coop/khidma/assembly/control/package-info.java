/**
 * The assembly's rules that need no database: the notice period in calendar or Saudi working days, the check-in code,
 * the invitation's texts. Policy: the relationship with General Assembly members; "reach members by the easiest means".
 */
package coop.khidma.assembly.control;
