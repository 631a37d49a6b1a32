/**
 * The assembly's rules that need no database: the notice period in calendar or Saudi working days, the check-in code,
 * the invitation's texts, and the meeting day's rules — the quorum by members or by shares for the first and second
 * meeting time, who is present for whom (in person or by proxy, never twice), and each agenda item's result by its
 * rule. Policy: the relationship with General Assembly members; "reach members by the easiest means".
 */
package coop.khidma.assembly.control;
