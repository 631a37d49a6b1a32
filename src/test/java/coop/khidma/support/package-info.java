/**
 * Test and development support: the embedded MariaDB (dev run and container tests), the dev server behind
 * {@code ./mvnw -Prun}, the shared Arquillian deployment builder, run-as-role callers and the browser driver.
 */
package coop.khidma.support;
