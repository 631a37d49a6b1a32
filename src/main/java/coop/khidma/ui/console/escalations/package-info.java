/**
 * Referrals to the higher authority waiting at the reader's level, the most urgent first, answered here. Policy
 * clause 3: refer the member's matter to the higher authority when it is not settled. Views only: the boundary
 * decides who may answer what.
 */
package coop.khidma.ui.console.escalations;
