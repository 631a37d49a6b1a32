/**
 * Ratings (a score for a service on a day, nothing else), suggestions and their public answers, and reply requests
 * (a visitor's contact, kept apart from any rating). Policy: measuring satisfaction, seeking out beneficiaries'
 * opinions.
 */
package coop.khidma.satisfaction.entity;
