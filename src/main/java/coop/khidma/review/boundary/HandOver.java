package coop.khidma.review.boundary;

import java.time.LocalDate;

/** The outcome of handing a request to the committee: its agenda item and the dates the member is told. */
public record HandOver(Long agendaId, String reference, LocalDate handedOverOn, LocalDate earliestDecision,
                       LocalDate expectedDecision) {
}
