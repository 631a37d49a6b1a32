/**
 * The research (review) committee's rules of time: Saudi working days, official holidays, and the window within
 * which the committee replies. Serves the policy's "the request is raised to the research committee, which studies
 * it and replies with acceptance or rejection within a period of not less than two weeks" (dealing with members, item 4).
 */
package coop.khidma.review.control;
