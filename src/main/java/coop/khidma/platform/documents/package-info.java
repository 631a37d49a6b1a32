/**
 * Files people hand in (a letter's scan, a member's paper, the association's bylaws): what a file is by its own bytes
 * (never by its name), its plain name, and its fingerprint. Serves "confirm the validity of the data at the time of
 * submission" and the preamble's protection of every party's rights: a renamed file is refused, and the audit trail
 * names a file by its fingerprint, not by a name that may name a person.
 */
package coop.khidma.platform.documents;
