/**
 * Members of the General Assembly and their registration; what identifies them (the national ID, the Saudi mobile
 * number, the e-mail address) are the shared values of {@code coop.khidma.person}. Serves the policy's "make sure the
 * member has provided all the required information; match the data and confirm its validity at the time of
 * submission" and "complete the registration procedures". Each member owns their share register
 * ({@code ShareMovement}), whose sum is their shares; the nominal value of a share is {@code ShareSettings}.
 */
package coop.khidma.membership.entity;
