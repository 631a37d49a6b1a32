/**
 * The register of the General Assembly's members, one member's page (with their share register) and their printed
 * certificate, and the share register report as of a day (CSV, A4) where an administrator enters the nominal value of
 * a share. Policy clause 5: complete the registration of members; and the relationship with General Assembly
 * members. Views only: the boundary keeps the register.
 */
package coop.khidma.ui.console.members;
