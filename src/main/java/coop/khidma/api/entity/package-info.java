/**
 * What the API keeps: the first answer to each idempotent POST, so that a website retry never files a second request
 * (policy: the rights of every party, and a member's request recorded once through the website channel).
 */
package coop.khidma.api.entity;
