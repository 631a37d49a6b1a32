/**
 * The research (review) committee's rules of time: Saudi working days, official holidays, and the window within
 * which the committee replies; and the letters that tell the member (hand-over with the expected date, decision).
 * Serves the policy's "the request is raised to the research committee, which studies it and replies with acceptance
 * or rejection within a period of not less than two weeks" (dealing with members, item 4).
 */
package coop.khidma.review.control;
