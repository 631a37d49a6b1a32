/**
 * The General Assembly's day at the console: the live screen (attendance and whether the quorum is reached for the
 * first and second meeting time, refreshing itself), staff checking members in and recording votes, each item's totals
 * and result, and the minutes on A4 in Arabic or English. Policy: the relationship with General Assembly members;
 * "the rights of every party" (only totals, never a member's vote).
 */
package coop.khidma.ui.console.assemblyday;
