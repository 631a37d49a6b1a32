/**
 * The register of the General Assembly's members, one member's page and their printed certificate. Policy clause 5:
 * complete the registration of members. Views only: the boundary keeps the register.
 */
package coop.khidma.ui.console.members;
