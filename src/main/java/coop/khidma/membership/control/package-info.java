/**
 * Registration rules: the membership number's form, the conditions under which an accepted application becomes
 * an active member, and the letter that gives the new member their number. Serves the policy's "complete the
 * registration procedures once the requirements are complete" (dealing with members, item 5).
 */
package coop.khidma.membership.control;
