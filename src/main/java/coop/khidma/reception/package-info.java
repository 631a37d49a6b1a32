/**
 * Reception: the queue at the association's counter. A visitor takes a numbered ticket at the kiosk, staff call
 * the next ticket to their desk and close it as served or as a no-show. Policy clause 1: "receive members
 * courteously and give the visitor enough time" — the ticket tells the visitor their place and a fair estimate of
 * the wait.
 */
package coop.khidma.reception;
