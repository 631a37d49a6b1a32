/**
 * The higher authority's door: staff refer a request to it with a reason, to the level above their own (a staff
 * member's to the supervisor, a supervisor's to the executive director, the director's to the board); the level it
 * waits at answers (only the role that level names, never the one who referred), and the member is written the answer
 * through the outbox; the scheduler climbs unanswered escalations one level when their working days run out (and
 * flags those stuck at the top), the committee's deadline refers an overdue decision straight to the executive
 * director, and the member learns only which level holds the request and the day it was answered, never who. Serves
 * the policy's "if the procedures are unclear to the member, the employee refers the member to the higher authority
 * to answer the member's questions and explain the organisational aspects" (dealing with members, item 3).
 */
package coop.khidma.escalation.boundary;
