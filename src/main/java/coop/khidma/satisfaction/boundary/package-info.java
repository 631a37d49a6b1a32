/**
 * The satisfaction component's doors: the kiosk rates, suggests and reads the improvements; staff study suggestions
 * and answer reply requests; supervisors and the director read aggregated figures. Policy: measuring satisfaction,
 * continuous improvement by seeking out beneficiaries' opinions.
 */
package coop.khidma.satisfaction.boundary;
