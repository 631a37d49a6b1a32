/**
 * The kiosk as a registered device: administrators register each touchscreen, it enrols once with a one-time code
 * and then carries a long-lived device token (only its hash is stored); unregistered browsers get no kiosk. Also the
 * kiosk's idle time, set by administrators over the environment's default. Policy: receive members courteously —
 * on the association's own kiosk, which forgets each visitor (the rights of every party are protected).
 */
package coop.khidma.platform.kiosk;
