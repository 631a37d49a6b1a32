/**
 * The monthly board pack (issue #17, report 8; the policy's general objective asks for speed, follow-up and continuous
 * improvement, which the board checks each month): one document gathering the board's reports for a Hijri or
 * Gregorian month. It owns no data: it asks each component's boundary for its figures. For the executive director and
 * the administrators who prepare the board's meeting.
 */
package coop.khidma.board;
