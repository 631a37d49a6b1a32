/**
 * How the association is doing, for supervisors and the director: rating figures in groups, the trend beside the
 * counter's waiting time, a service's low ratings and comments, suggestions and their public answers, improvement
 * items. Policy: measure satisfaction to raise quality, "not for punishment" — no view per employee exists here.
 */
package coop.khidma.ui.console.satisfaction;
