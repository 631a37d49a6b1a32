package coop.khidma.intake.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The counter visit a request was opened or found at, as reception tells intake (intake never reads the queue): by
 * value — the ticket's row id, its printed number ({@code A-007}) and its day — never a relation into reception. The
 * ticket itself carries nothing personal; the request is where the person is.
 */
public record CounterTicket(Long id, String number, LocalDate day) {

    public CounterTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(day, "day");
    }

    /** As the audit trail names the ticket: day and number, {@code 2026-11-25/A-007}. */
    public String subject() {
        return day + "/" + number;
    }
}
