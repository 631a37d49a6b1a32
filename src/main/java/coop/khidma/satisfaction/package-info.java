/**
 * Measuring member satisfaction and gathering opinions: anonymous ratings, suggestions and the improvements made from
 * them ("you said, we did"). Policy: "measure member satisfaction as a means of raising service quality" and
 * "evaluating service quality is a member's right: a tool for assessment and development, not for punishment or
 * public shaming" — so a rating carries no member, no employee and no device, and figures are only shown in groups.
 */
package coop.khidma.satisfaction;
