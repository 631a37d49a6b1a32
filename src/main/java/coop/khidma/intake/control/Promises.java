package coop.khidma.intake.control;

import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.DaysTaken;
import coop.khidma.platform.time.WorkingDays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Report 2 of the board's reports, promises kept (policy's general objective: members' transactions completed "with
 * speed"): for each request type, the requests filed in a period, the working days from filing to the end of intake
 * and to the answer or the committee's decision, and how many were answered by the day the member had been promised
 * then (the type's answer days, or the committee window's ceiling); the last line all types together. Beside it the
 * ten requests that have waited longest and are still open, by reference and stage only. No one is named.
 */
public record Promises(DayRange period, LocalDate today, List<PromiseRow> types, PromiseRow all,
                       List<Waiting> longestOpen) {

    /** How many open requests the report lists. */
    public static final int LONGEST = 10;

    /** A request type as the report names it: its code, whether the committee decides it, its answer days. */
    public record Type(String code, boolean committee, int answerDays) {
    }

    /**
     * One request filed in the period, as the index gives it (Riyadh days): its type, filing day, the day intake
     * completed, the day it was answered and the day promised then (each {@code null} when it has not happened).
     */
    public record Filed(String typeCode, LocalDate filed, LocalDate intakeCompleted, LocalDate answered,
                        LocalDate promised) {
    }

    /** An open request that has waited long: its reference, the stage it stands in and the working days since filing. */
    public record Waiting(String reference, RequestStatus stage, LocalDate filed, int workingDays) {
    }

    /** An open request as the database lists it, oldest first. */
    public record Open(String reference, RequestStatus stage, LocalDate filed) {
    }

    /**
     * The report: every type in {@code types}' order has a line (a type no longer listed comes after them); an answer
     * counts as kept when it came on or before the day promised; one answered with no promise (while the committee's
     * clock stood) is not counted as kept.
     */
    public static Promises of(DayRange period, LocalDate today, List<Type> types, List<Filed> filed, List<Open> open,
                              WorkingDays days) {
        Objects.requireNonNull(period, "period");
        Map<String, Tally> byType = new LinkedHashMap<>();
        types.forEach(type -> byType.put(type.code(), new Tally(type)));
        Tally all = new Tally(null);
        for (Filed request : filed) {
            Tally tally = byType.computeIfAbsent(request.typeCode(), code -> new Tally(null));
            tally.add(request, days);
            all.add(request, days);
        }
        List<PromiseRow> rows = new ArrayList<>();
        byType.forEach((code, tally) -> rows.add(tally.row(code)));
        List<Waiting> longest = open.stream().limit(LONGEST)
                .map(request -> new Waiting(request.reference(), request.stage(), request.filed(),
                        days.between(request.filed(), today)))
                .toList();
        return new Promises(period, today, List.copyOf(rows), all.row(null), longest);
    }

    /** The share in whole percent, rounded half up; {@code null} of nothing. */
    static Integer percent(long part, long whole) {
        return whole == 0 ? null : (int) ((part * 200 + whole) / (2 * whole));
    }

    private static final class Tally {
        private final Type type;
        private long filed;
        private long kept;
        private final List<Integer> intake = new ArrayList<>();
        private final List<Integer> answer = new ArrayList<>();

        Tally(Type type) {
            this.type = type;
        }

        void add(Filed request, WorkingDays days) {
            filed++;
            if (request.intakeCompleted() != null) {
                intake.add(days.between(request.filed(), request.intakeCompleted()));
            }
            if (request.answered() != null) {
                answer.add(days.between(request.filed(), request.answered()));
                if (request.promised() != null && !request.answered().isAfter(request.promised())) {
                    kept++;
                }
            }
        }

        PromiseRow row(String code) {
            return new PromiseRow(code, type != null && type.committee(), type == null ? null : type.answerDays(),
                    filed, intake.size(), DaysTaken.median(intake), answer.size(), DaysTaken.median(answer), kept,
                    percent(kept, answer.size()));
        }
    }
}
