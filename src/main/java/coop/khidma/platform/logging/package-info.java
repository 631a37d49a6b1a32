/**
 * Logs that never carry a national ID or a mobile number in clear. PDPL duties and the project's rule: no personal
 * identifiers in logs.
 */
package coop.khidma.platform.logging;
