/**
 * The staff back-office console (shareholder-relations employees, supervisors, director, committee,
 * administrators): its shell — the frame and menu, signing in and the password, the home page of counts, the page
 * for a refused view — and the small building blocks the feature packages below share (facts, sections, the
 * timeline, the printed sheet, the event a form emits). Each feature lives in its own package
 * ({@code requests}, {@code committee}, {@code escalations}, {@code reception}, {@code members},
 * {@code satisfaction}, {@code volunteers}, {@code knowledge}, {@code privacy}, {@code admin}). Views and forms
 * only: every rule is enforced by the boundaries.
 */
package coop.khidma.ui.console;
