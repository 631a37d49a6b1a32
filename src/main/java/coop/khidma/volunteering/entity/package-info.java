/**
 * Volunteers with their skills, interests and availability, pending until staff approve or decline them. Policy:
 * the volunteering service channel; personal data only with consent (PDPL).
 */
package coop.khidma.volunteering.entity;
