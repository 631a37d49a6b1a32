/**
 * What every HTTP response carries for safety (security headers, no caching of personal pages). Preamble: protect
 * the rights of the association and of every party; PDPL.
 */
package coop.khidma.platform.web;
