/**
 * Time as the association lives it: Asia/Riyadh dates shown in the Umm al-Qura Hijri calendar beside the
 * Gregorian one, in Arabic or English. Serves the policy's "tell the member the expected date" (dealing with
 * members, item 4) in a form every member reads naturally.
 */
package coop.khidma.platform.time;
