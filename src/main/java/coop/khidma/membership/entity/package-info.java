/**
 * Members and what identifies them: the national ID and the Saudi mobile number, checked when they are typed.
 * Serves the policy's "make sure the member has provided all the required information; match the data and
 * confirm its validity at the time of submission" and "complete the registration procedures".
 */
package coop.khidma.membership.entity;
