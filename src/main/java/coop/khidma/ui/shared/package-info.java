/**
 * What kiosk and console share: translations, language and direction, the one error handler, date display (Hijri
 * beside Gregorian).
 */
package coop.khidma.ui.shared;
