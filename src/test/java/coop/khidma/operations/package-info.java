/**
 * Tests of running Khidma for real with more than one node: two Payara Micro processes over one MariaDB, deadline jobs
 * once across the nodes, gap-free numbers under load split between them, and no submitted request lost when a node
 * dies. Serves the policy's promise that the association never loses a member's file, and its clauses 3 and 4
 * (deadlines watched by the system) on a scaled-out office.
 */
package coop.khidma.operations;
