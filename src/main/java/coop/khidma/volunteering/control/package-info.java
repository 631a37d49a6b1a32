/**
 * Volunteering's own rules that need no database: the messages it sends a volunteer (approved, declined, invited to
 * an opportunity). Serves the policy's volunteering service channel and "reach members by the easiest means".
 */
package coop.khidma.volunteering.control;
