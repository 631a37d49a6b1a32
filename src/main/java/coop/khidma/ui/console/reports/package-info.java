/**
 * The reports a director prints for the board each month (issue #17; policy's general objective: members'
 * transactions completed "with speed", and "channels used to communicate with members"): the volume of requests by
 * channel, type and outcome against the period before, the referrals to the higher authority per level (policy item
 * 3: answered there, climbed on by timeout, working days to an answer), and the backlog of open requests by stage and working days
 * waited. Each is a chart, the same figures in a table, a CSV and an A4 print page in Arabic or English with the
 * period in Hijri and Gregorian. Figures only; no employee is named. For supervisors and the director.
 */
package coop.khidma.ui.console.reports;
