package coop.khidma.satisfaction.boundary;

import coop.khidma.satisfaction.entity.ReplyRequest;

import java.time.Instant;

/** A visitor waiting for a reply, for staff: whom to call back and about what (never a score). */
public record ReplyView(long id, String name, String mobile, String message, Long suggestionId, Instant requestedAt,
                        String repliedBy, Instant repliedAt, long version) {

    static ReplyView of(ReplyRequest reply) {
        return new ReplyView(reply.id(), reply.name(), reply.mobile().national(), reply.message(),
                reply.suggestion() == null ? null : reply.suggestion().id(), reply.requestedAt(), reply.repliedBy(),
                reply.repliedAt(), reply.version());
    }
}
