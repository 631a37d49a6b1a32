/**
 * The knowledge base: the association's basic bylaws, the member-support policy guide and answers to members'
 * questions, in Arabic and English. Policy: the shareholder-relations employee's tools (the bylaws, the member-support
 * policy guide) and the objective "give information and answers fitting members' questions, through several channels".
 */
package coop.khidma.knowledge;
