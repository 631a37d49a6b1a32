/**
 * The reports a director prints for the board each month (issue #17; policy's general objective: members'
 * transactions completed "with speed", and "channels used to communicate with members"): the volume of requests by
 * channel, type and outcome against the period before; promises kept (working days to intake and to the answer
 * against the type's answer days or the committee's window, the ten longest open); the research committee's decisions
 * against its window (policy item 4), clock stops and rejections by category; the referrals to the higher authority
 * per level (policy item 3); the backlog of open requests by stage and working days waited; the reception counter's
 * tickets, waiting and busiest hours (policy clause 1); satisfaction per service; and the monthly board pack gathering
 * them all for a Hijri or Gregorian month (director and admins only). Each is a chart drawn on the server as SVG, the
 * same figures in a table, a CSV and an A4 print page in Arabic or English with the period in Hijri and Gregorian.
 * Figures only; no employee is named. For supervisors and the director.
 */
package coop.khidma.ui.console.reports;
