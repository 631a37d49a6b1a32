/**
 * Pure rules of satisfaction: repeated presses on one kiosk are throttled, and figures are published only for groups
 * large enough that no single visit (and so no single employee) can be read from them. Policy: "not for punishment
 * or public shaming".
 */
package coop.khidma.satisfaction.control;
