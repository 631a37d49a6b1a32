/**
 * Measuring member satisfaction and gathering opinions: anonymous ratings, suggestions and the improvements made from
 * them ("you said, we did"). Policy: "measure member satisfaction as a means of raising service quality" and
 * "evaluating service quality is a member's right: a tool for assessment and development, not for punishment or
 * public shaming" — so a rating carries no member, no employee and no device, and figures are only shown in groups.
 * After a request is closed or a counter visit served, the member is invited to rate with a one-time code
 * ({@code boundary.RatingInvitations}) that is kept only as a hash, apart from any request or person.
 */
package coop.khidma.satisfaction;
