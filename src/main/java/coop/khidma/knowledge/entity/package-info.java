/**
 * Articles of the knowledge base (bylaws, policy guide, FAQ), each in Arabic and English, public or for staff only,
 * published or not. Policy: the tools available to the shareholder-relations employee.
 */
package coop.khidma.knowledge.entity;
