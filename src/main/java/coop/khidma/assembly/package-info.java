/**
 * The General Assembly (الجمعية العمومية), where members exercise their rights: its meetings (ordinary or
 * extraordinary) with their agenda, the invitations to the members entitled to attend on the record date, the
 * proxies members give each other, and the bylaws' figures (notice period, proxy limit, quorum) as settings an
 * administrator confirms. Policy: the relationship with General Assembly members (the policy's title and purpose).
 */
package coop.khidma.assembly;
