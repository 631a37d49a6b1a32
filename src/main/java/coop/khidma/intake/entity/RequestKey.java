package coop.khidma.intake.entity;

/**
 * A request as another component's record points at it: by value — its row id and its reference — never by a
 * relation into intake; with the status it stood in when read, for that component's own preconditions (an agenda
 * item only for a request with the committee, an escalation only for an open request).
 */
public record RequestKey(Long id, String reference, RequestStatus status) {
}
