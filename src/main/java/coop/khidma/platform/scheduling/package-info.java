/**
 * The deadline scheduler: every minute each node offers to run the deadline jobs (escalations climbing to the higher
 * authority when unanswered, the research committee reminded before its ceiling and escalated when overdue, and the
 * other jobs the components keep); a database lock lets exactly one node run each scheduled minute, and each job acts
 * on each record at most once. The scheduler knows no business: each component implements
 * {@link coop.khidma.platform.scheduling.DeadlineJob} in its own boundary, and the scheduler runs whatever jobs there
 * are, in their order. Serves the policy's clauses 3 and 4 ("refer to the higher authority", "replies … within a
 * period of not less than two weeks"): deadlines the member was told are watched by the system, not by anyone's memory.
 */
package coop.khidma.platform.scheduling;
