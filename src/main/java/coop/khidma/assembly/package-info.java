/**
 * The General Assembly (الجمعية العمومية), where members exercise their rights: its meetings (ordinary or
 * extraordinary) with their agenda, the invitations to the members entitled to attend on the record date, the
 * proxies members give each other, and the bylaws' figures (notice period, proxy limit, quorum) as settings an
 * administrator confirms. Policy: the relationship with General Assembly members (the policy's title and purpose).
 * Nobody's vote is shown to another member: screens, minutes and the audit trail carry totals and that a vote was
 * recorded, never its choice; a member finds their own invitations, proxies, attendance and choices in their data
 * subject's copy ({@code boundary.AssemblyRecords}). These rows name members only by record id and membership number
 * and are the meetings' minutes: erasure and the retention purge leave them, so the totals never change.
 */
package coop.khidma.assembly;
