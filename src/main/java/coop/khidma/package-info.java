/**
 * Khidma (خدمة): member services for the Tourism Cooperative Association in Najran, built from the board's
 * policy for the relationship with General Assembly members. One package per business component named after
 * the policy, each with boundary (EJBs), control (pure rules) and entity; {@code ui} by audience.
 */
package coop.khidma;
