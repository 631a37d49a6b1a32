/**
 * The research committee's agenda: each item's window in Hijri and Gregorian, the decision (accept, reject with
 * reasons, defer), the administrator's lifting of the floor, and the day's printed minutes. Policy clause 4: the
 * committee decides within the window the member was told. Views only: the boundary enforces the window.
 */
package coop.khidma.ui.console.committee;
