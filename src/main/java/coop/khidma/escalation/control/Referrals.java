package coop.khidma.escalation.control;

import coop.khidma.escalation.entity.EscalationState;
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
 * Report 4 of the board's reports, referrals to the higher authority (policy item 3): for the referrals that arrived
 * at each level in a period, how many were answered there, how many climbed on when the level's time ran out and how
 * many still wait, with the median and the 90th percentile of the working days to an answer (Sunday to Thursday, less
 * holidays, after the day it arrived up to the day it was answered: answered the same day is 0). The last line is all
 * levels together. No one is named.
 */
public record Referrals(DayRange period, List<ReferralRow> levels, ReferralRow all) {

    /** The database's count of the referrals of one level and state that arrived in the period. */
    public record Count(String levelCode, EscalationState state, long referrals) {
    }

    /** One answered referral: its level, the day it arrived there and the day it was answered (Riyadh days). */
    public record Answer(String levelCode, LocalDate arrived, LocalDate answered) {
    }

    /**
     * The report from the database's counts and the answered referrals of the period; {@code ladder} gives the
     * levels' order (lowest first), every level has a line, a level no longer on the ladder comes after them.
     */
    public static Referrals of(DayRange period, List<String> ladder, List<Count> counts, List<Answer> answers,
                               WorkingDays days) {
        Objects.requireNonNull(period, "period");
        Map<String, long[]> byLevel = new LinkedHashMap<>();
        Map<String, List<Integer>> times = new LinkedHashMap<>();
        ladder.forEach(code -> byLevel.put(code, new long[3]));
        long[] all = new long[3];
        for (Count count : counts) {
            int column = switch (count.state()) {
                case ANSWERED -> 0;
                case CLIMBED -> 1;
                case OPEN -> 2;
            };
            byLevel.computeIfAbsent(count.levelCode(), code -> new long[3])[column] += count.referrals();
            all[column] += count.referrals();
        }
        List<Integer> allTimes = new ArrayList<>();
        for (Answer answer : answers) {
            int time = workingDays(answer.arrived(), answer.answered(), days);
            times.computeIfAbsent(answer.levelCode(), code -> new ArrayList<>()).add(time);
            byLevel.computeIfAbsent(answer.levelCode(), code -> new long[3]);
            allTimes.add(time);
        }
        List<ReferralRow> rows = new ArrayList<>();
        byLevel.forEach((code, states) -> rows.add(row(code, states, times.getOrDefault(code, List.of()))));
        return new Referrals(period, List.copyOf(rows), row(null, all, allTimes));
    }

    private static ReferralRow row(String levelCode, long[] states, List<Integer> times) {
        return new ReferralRow(levelCode, states[0] + states[1] + states[2], states[0], states[1], states[2],
                median(times), percentile90(times));
    }

    /** The working days after {@code arrived} up to {@code answered}; 0 when answered the day it arrived. */
    public static int workingDays(LocalDate arrived, LocalDate answered, WorkingDays days) {
        return days.between(arrived, answered);
    }

    /** See {@link DaysTaken#median}. */
    public static Double median(List<Integer> values) {
        return DaysTaken.median(values);
    }

    /** See {@link DaysTaken#percentile90}. */
    public static Integer percentile90(List<Integer> values) {
        return DaysTaken.percentile90(values);
    }
}
