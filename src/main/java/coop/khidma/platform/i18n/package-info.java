/**
 * Saying things in the member's language: broken rules travel as bundle keys ({@link DomainException}) and
 * input typed with Arabic-Indic digits is read like ASCII ({@link Digits}). Serves the policy's "receive
 * members courteously" and "answers fitting members' questions, through several channels" — in Arabic or English.
 */
package coop.khidma.platform.i18n;
