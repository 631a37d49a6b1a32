/**
 * Start-up refuses an obviously unsafe configuration and says why. Preamble: protect the rights of the association
 * and of every party (a member's file must not be exposed by a misconfigured server).
 */
package coop.khidma.platform.safety;
