/**
 * The administrators' PDPL duties: a data subject's rights (copy, correction, erasure) as requests, the retention
 * schedule and its purge, and the breach log with its 72-hour clock. Serves the preamble: the rights of every party
 * are protected. Views only: the privacy boundaries enforce the law's rules.
 */
package coop.khidma.ui.console.privacy;
