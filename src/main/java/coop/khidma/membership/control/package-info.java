/**
 * Registration rules: the membership number's form and the conditions under which an accepted application becomes
 * an active member. Serves the policy's "complete the registration procedures once the requirements are complete"
 * (dealing with members, item 5).
 */
package coop.khidma.membership.control;
