/**
 * Pure rules of intake that need no database: how near a request's due day is. Serves the policy's general objective
 * (complete members' transactions "with speed") by letting staff see at a glance what is late or nearly so.
 */
package coop.khidma.intake.control;
