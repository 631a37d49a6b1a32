/**
 * The research committee's doors: staff hand a verified request to the committee (the member is told the expected
 * decision date), the committee sees its agenda and decides — accept, reject with reasons in Arabic and English, or
 * defer — not before the floor unless an administrator allows it, staff pause the clock while the request waits on
 * the member, the deadline scheduler reminds the committee before the ceiling and escalates once when it is passed,
 * and administrators keep the calendar (holidays) and the window's settings. Serves the policy's "explain to the
 * member that the request will be raised to the research committee, which studies it and replies with its
 * acceptance or rejection within a period of not less than two weeks" (dealing with members, item 4).
 */
package coop.khidma.review.boundary;
