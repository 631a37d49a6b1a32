/**
 * The member service requests as staff work them: the inbox (filtered, searched, exported), registering a request
 * that came by another channel, one request's page (its facts, checklist, actions, committee window, papers, letters
 * and timeline) and the printed request form and letters. Policy clauses 1 and 2: receive members courteously, take
 * all their information and verify it at submission. Views and forms only: the boundaries enforce every rule.
 */
package coop.khidma.ui.console.requests;
