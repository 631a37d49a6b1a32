package coop.khidma.intake.control;

import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.time.WorkingDays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Report 5 of the board's reports: what is waiting too long. Every open request counted by the stage it stands in and
 * its age: the working days (Sunday to Thursday, less holidays) after the day it was filed, up to today. A request
 * filed today, or on the Friday before a Sunday, is 0 days old.
 */
public record Ageing(LocalDate today, List<AgeingRow> stages, AgeingRow all) {

    /** The stages a request waits in: every open status, in the workflow's order. */
    public static final List<RequestStatus> STAGES = Arrays.stream(RequestStatus.values())
            .filter(RequestStatus::isOpen).toList();

    /** A request filed on this day or later is at most {@code most} working days old today. */
    public static LocalDate filedOnOrAfter(LocalDate today, int most, WorkingDays days) {
        LocalDate filed = today;
        int age = 0;
        while (true) {
            int older = age + (isWorkingDay(filed, days) ? 1 : 0);
            if (older > most) {
                return filed;
            }
            age = older;
            filed = filed.minusDays(1);
        }
    }

    /** How many working days after {@code filed} up to {@code today} (0 when filed today or later). */
    public static int age(LocalDate filed, LocalDate today, WorkingDays days) {
        int age = 0;
        for (LocalDate day = filed.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            age += isWorkingDay(day, days) ? 1 : 0;
        }
        return age;
    }

    private static boolean isWorkingDay(LocalDate day, WorkingDays days) {
        return days.addWorkingDays(day.minusDays(1), 1).equals(day);
    }

    /** The table from the database's counts: for each bucket, the open requests per stage that have any. */
    public static Ageing of(LocalDate today, Map<AgeBucket, Map<RequestStatus, Long>> counts) {
        Map<RequestStatus, long[]> byStage = new EnumMap<>(RequestStatus.class);
        STAGES.forEach(stage -> byStage.put(stage, new long[AgeBucket.values().length]));
        long[] all = new long[AgeBucket.values().length];
        counts.forEach((bucket, stages) -> stages.forEach((stage, requests) -> {
            if (!stage.isOpen()) {
                throw new IllegalArgumentException(stage + " is not open");
            }
            byStage.get(stage)[bucket.ordinal()] += requests;
            all[bucket.ordinal()] += requests;
        }));
        List<AgeingRow> rows = new ArrayList<>();
        byStage.forEach((stage, buckets) -> rows.add(row(stage, buckets)));
        return new Ageing(today, List.copyOf(rows), row(null, all));
    }

    private static AgeingRow row(RequestStatus stage, long[] buckets) {
        return new AgeingRow(stage, Arrays.stream(buckets).boxed().toList(), Arrays.stream(buckets).sum());
    }
}
