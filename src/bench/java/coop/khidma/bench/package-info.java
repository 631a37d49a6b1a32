/**
 * The performance harness (issue 7): Khidma measured side by side with the limit of its own database on the same
 * machine and the same MariaDB, and printed as one table — workflow throughput (P1) through the real boundaries
 * against a raw-JDBC driver issuing the same statements, the UI's cost (P2: server time of kiosk taps, heap per
 * kiosk and console session), start-up (P3) against Payara Micro with a hello-world WAR, and the console inbox at
 * scale (P4) against the raw indexed query, the board's reports at scale (P5), and one office's busiest day (L,
 * issue 19: kiosk visitors and staff in real browsers and the website's API at once, on one node and on two behind a
 * sticky proxy). It serves no policy clause directly: it keeps
 * the promise that members are served without waiting on the system. Run by {@code ./mvnw -Pbench verify}; a smoke
 * run with tiny sizes is part of {@code ./mvnw verify} and asserts only that figures were produced (and that the load test's short walk ended without a failure).
 */
package coop.khidma.bench;
