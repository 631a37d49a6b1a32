/**
 * The knowledge base behind the kiosk's information screen, written by staff and published by administrators, with a
 * preview as the kiosk shows it. Policy: give members information and answers fitting their questions (the bylaws,
 * the member-support policy guide, frequent questions). Views and forms only.
 */
package coop.khidma.ui.console.knowledge;
