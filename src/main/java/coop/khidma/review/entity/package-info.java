/**
 * The research committee's agenda as records: the items handed over to it with their paused clock and decision,
 * the review-window settings and the holiday calendar. Serves the policy's "explain to the member that the request
 * will be raised to the research committee, which studies it and replies with its acceptance or rejection within a
 * period of not less than two weeks" (dealing with members, item 4).
 */
package coop.khidma.review.entity;
