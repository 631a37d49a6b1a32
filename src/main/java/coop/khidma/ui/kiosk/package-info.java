/**
 * The touchscreen kiosk in the association office, Arabic first, for anonymous visitors. Policy clause 1
 * (receive members courteously, give the visitor enough time) and the objective of serving members by the latest
 * electronic means. Views and forms only: no rules.
 */
package coop.khidma.ui.kiosk;
