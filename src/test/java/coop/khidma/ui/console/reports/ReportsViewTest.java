package coop.khidma.ui.console.reports;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.escalation.control.ReferralRow;
import coop.khidma.escalation.control.Referrals;
import coop.khidma.escalation.entity.EscalationState;
import coop.khidma.intake.boundary.BacklogFigures;
import coop.khidma.intake.boundary.ChannelFigures;
import coop.khidma.intake.boundary.PromiseFigures;
import coop.khidma.intake.control.PromiseRow;
import coop.khidma.intake.control.Promises;
import coop.khidma.intake.control.AgeBucket;
import coop.khidma.intake.control.Ageing;
import coop.khidma.intake.control.AgeingRow;
import coop.khidma.intake.control.PeriodChange;
import coop.khidma.intake.control.Volume;
import coop.khidma.intake.control.VolumeRow;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.time.DayRange;
import coop.khidma.reception.boundary.ReceptionFigures;
import coop.khidma.reception.control.ReceptionHours;
import coop.khidma.reception.entity.CounterService;
import coop.khidma.reception.entity.TicketStatus;
import coop.khidma.review.boundary.CommitteeFigures;
import coop.khidma.satisfaction.boundary.Ratings;
import coop.khidma.satisfaction.control.RatingFigures;
import coop.khidma.review.control.CommitteeWork;
import coop.khidma.review.control.ReviewCalendar;
import coop.khidma.review.entity.Decision;
import coop.khidma.review.entity.RejectionCategory;
import coop.khidma.ui.console.PeriodPicker;
import coop.khidma.ui.shared.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports page without a browser, on Thursday 5 March 2026 (Ramadan 1447): periods, totals, lines, direction. */
class ReportsViewTest {

    private static final Clock THURSDAY = Clock.fixed(Instant.parse("2026-03-05T09:00:00Z"), ZoneOffset.UTC);

    /** Three phone complaints now, two in the period before, whatever the period. */
    static class Channels extends ChannelFigures {
        final List<DayRange> asked = new ArrayList<>();

        @Override
        public Volume volume(DayRange period) {
            asked.add(period);
            return Volume.of(period, List.of(new Volume.Count(Channel.PHONE, "COMPLAINT", RequestStatus.SUBMITTED, 3)),
                    List.of(new Volume.Count(Channel.PHONE, "COMPLAINT", RequestStatus.SUBMITTED, 2)));
        }
    }

    /** Four new requests and one waiting on the committee for weeks, on whatever day is asked. */
    static class Backlog extends BacklogFigures {
        final List<LocalDate> asked = new ArrayList<>();

        @Override
        public Ageing ageing(LocalDate today) {
            asked.add(today);
            return Ageing.of(today, Map.of(AgeBucket.UP_TO_2, Map.of(RequestStatus.SUBMITTED, 4L),
                    AgeBucket.OVER_10, Map.of(RequestStatus.WITH_COMMITTEE, 1L)));
        }
    }

    /** Two referrals answered by the supervisors (the same day, three working days later), one climbed on. */
    static class Referred extends Escalations {
        final List<DayRange> asked = new ArrayList<>();

        @Override
        public Referrals referrals(DayRange period) {
            asked.add(period);
            return Referrals.of(period, List.of("OFFICER", "SUPERVISOR", "DIRECTOR", "BOARD"), List.of(
                            new Referrals.Count("SUPERVISOR", EscalationState.ANSWERED, 2),
                            new Referrals.Count("SUPERVISOR", EscalationState.CLIMBED, 1)),
                    List.of(new Referrals.Answer("SUPERVISOR", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)),
                            new Referrals.Answer("SUPERVISOR", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4))),
                    new ReviewCalendar(Set.of()));
        }
    }

    /** Two inquiries filed on Sunday the 1st, promised the 3rd: one answered the 4th (late), one the 3rd; one open. */
    static class Promised extends PromiseFigures {
        final List<DayRange> asked = new ArrayList<>();

        @Override
        public Promises promises(DayRange period) {
            asked.add(period);
            return Promises.of(period, LocalDate.of(2026, 3, 5), List.of(new Promises.Type("INQUIRY", false, 2),
                            new Promises.Type("MEMBERSHIP_APPLICATION", true, 5)),
                    List.of(new Promises.Filed("INQUIRY", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1),
                                    LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 3)),
                            new Promises.Filed("INQUIRY", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2),
                                    LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3))),
                    List.of(new Promises.Open("2026-000007", RequestStatus.WITH_COMMITTEE, LocalDate.of(2026, 2, 1))),
                    new ReviewCalendar(Set.of()));
        }
    }

    /** Three handed over: one accepted within the window, one rejected after the ceiling for unpaid dues, one open. */
    static class Committee extends CommitteeFigures {
        final List<DayRange> asked = new ArrayList<>();

        @Override
        public CommitteeWork committee(DayRange period) {
            asked.add(period);
            return CommitteeWork.of(period, LocalDate.of(2026, 3, 5), List.of(
                    new CommitteeWork.Count(Decision.ACCEPT, false, null, 1, 0),
                    new CommitteeWork.Count(Decision.REJECT, true, RejectionCategory.DUES_UNPAID, 1, 0),
                    new CommitteeWork.Count(null, false, null, 1, 0)), List.of(
                    new CommitteeWork.Stop(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3))));
        }
    }

    /** Six member-service tickets on Sunday 1 March at 9 (one not answered), waiting 5 minutes, served 10. */
    static class Counter extends ReceptionFigures {
        final List<DayRange> asked = new ArrayList<>();

        @Override
        public ReceptionHours reception(DayRange period) {
            asked.add(period);
            List<ReceptionHours.Visit> visits = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                visits.add(new ReceptionHours.Visit(CounterService.MEMBER_SERVICES,
                        i == 5 ? TicketStatus.NO_SHOW : TicketStatus.SERVED, LocalDateTime.of(2026, 3, 1, 9, 5 * i),
                        Duration.ofMinutes(5), i == 5 ? null : Duration.ofMinutes(10)));
            }
            return ReceptionHours.of(period, visits);
        }
    }

    /** Reception rated six times (average 4.00), support only four times: withheld. */
    static class Rated extends Ratings {
        @Override
        public List<RatingFigures.Group> byService(DayRange period) {
            return RatingFigures.byService(List.of(new RatingFigures.Count("RECEPTION", "", 5, 3),
                    new RatingFigures.Count("RECEPTION", "", 4, 2), new RatingFigures.Count("RECEPTION", "", 1, 1),
                    new RatingFigures.Count("SUPPORT", "", 2, 4)), List.of("RECEPTION", "SUPPORT"));
        }
    }

    private final Counter counter = new Counter();
    private final Committee committee = new Committee();
    private final Promised promised = new Promised();
    private final Channels channels = new Channels();
    private final Referred referred = new Referred();
    private final Backlog backlog = new Backlog();

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private ReportsView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        ReportsView view = new ReportsView(channels, backlog, referred, promised, committee, counter, new Rated(), THURSDAY);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void thisGregorianMonthComesFirstAgainstTheOneBeforeAndAWeekRunsSundayToSaturday() {
        ReportsView view = open(Locale.ENGLISH);
        assertThat(channels.asked).containsExactly(
                new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(view.volume.summary.getText())
                .startsWith("3 requests in this period, 2 in the period before (+1, +50%); the period before: ")
                .endsWith(" · 1 February 2026 – 28 February 2026");
        assertThat(view.volume.grid.getListDataView().getItems()).extracting(VolumeRow::channel)
                .containsExactly(Channel.PHONE);

        view.picker.choice.setValue(PeriodPicker.Choice.LAST_WEEK);
        assertThat(channels.asked.get(1))
                .isEqualTo(new DayRange(LocalDate.of(2026, 2, 22), LocalDate.of(2026, 2, 28)));
        assertThat(view.period.getText()).endsWith("22 February 2026 – 28 February 2026");
    }

    @Test
    void theBacklogIsTodaysInRiyadhEveryOpenStageThenAllOfThem() {
        ReportsView view = open(Locale.ENGLISH);
        assertThat(backlog.asked).containsExactly(LocalDate.of(2026, 3, 5));
        assertThat(view.backlog.summary.getText()).startsWith("5 open requests on ");
        List<AgeingRow> lines = view.backlog.grid.getListDataView().getItems().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(7)).isEqualTo(new AgeingRow(null, List.of(4L, 0L, 0L, 1L), 5));
    }

    @Test
    void inArabicTheChartRunsRightToLeftAndAChangeFromNothingIsADash() {
        ReportsView view = open(Locales.ARABIC);
        String svg = view.volume.chart.getChildren().findFirst().orElseThrow().getChildren()
                .skip(1).findFirst().orElseThrow().getElement().getProperty("innerHTML");
        assertThat(svg).contains("<title id=\"report-volume-chart-t\">الطلبات حسب القناة</title>");
        assertThat(svg).contains("<text class=\"label\" x=\"560.0\" y=\"17.0\" text-anchor=\"end\">مقابلة شخصية</text>")
                .as("the names on the right, the phone's three requests the longest bar, growing leftwards")
                .contains("<rect x=\"44.0\" y=\"31\" width=\"318.0\" height=\"16\"/>");
        assertThat(ReportText.percent(PeriodChange.between(4, 0), Locales.ARABIC)).isEqualTo("–");
        assertThat(ReportText.percent(PeriodChange.between(1, 4), Locales.ARABIC)).isEqualTo("−75%");
        assertThat(ReportText.difference(PeriodChange.between(1, 4))).isEqualTo("−3");
    }

    @Test
    void theReferralsFollowTheChosenPeriodEveryLevelThenAllOfThem() {
        ReportsView view = open(Locale.ENGLISH);
        assertThat(referred.asked).containsExactly(new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(view.referrals.summary.getText()).isEqualTo("3 referrals arrived at a level in this period: "
                + "2 answered there, 1 climbed on when the level's time ran out, 0 still waiting. Half of the answers "
                + "came within 1.5 working days, nine in ten within 3.");
        List<ReferralRow> lines = view.referrals.grid.getListDataView().getItems().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).isEqualTo(new ReferralRow("SUPERVISOR", 3, 2, 1, 0, 1.5, 3));
        assertThat(ReferralsReport.days(null, Locale.ENGLISH)).isEqualTo("–");
        assertThat(ReferralsReport.days(2.0, Locale.ENGLISH)).isEqualTo("2");

        view.picker.choice.setValue(PeriodPicker.Choice.LAST_WEEK);
        assertThat(referred.asked.get(1))
                .isEqualTo(new DayRange(LocalDate.of(2026, 2, 22), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void thePromisesFollowTheChosenPeriodEveryTypeThenAllAndTheLongestOpenByReferenceAndStageOnly() {
        ReportsView view = open(Locale.ENGLISH);
        assertThat(promised.asked).containsExactly(new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(view.promises.summary.getText()).isEqualTo("2 requests filed in this period; 2 answered or "
                + "decided, 1 of them by the day promised (50%). Half finished intake within 0.5 working days and "
                + "were answered within 2.5.");
        List<PromiseRow> lines = view.promises.grid.getListDataView().getItems().toList();
        assertThat(lines).extracting(PromiseRow::typeCode).containsExactly("INQUIRY", "MEMBERSHIP_APPLICATION", null);
        assertThat(PromisesReport.promise(lines.get(0), Locale.ENGLISH)).isEqualTo("2 working days");
        assertThat(PromisesReport.promise(lines.get(1), Locales.ARABIC)).isEqualTo("مهلة لجنة البحث (حدّها الأعلى)");
        assertThat(view.promises.longest.getListDataView().getItems().toList()).containsExactly(
                new Promises.Waiting("2026-000007", RequestStatus.WITH_COMMITTEE, LocalDate.of(2026, 2, 1), 24));
    }

    @Test
    void theCommitteeFollowsTheChosenPeriodAndNamesEachRejectionCategoryInArabic() {
        ReportsView view = open(Locales.ARABIC);
        assertThat(committee.asked).containsExactly(new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        List<CommitteeWork.Line> lines = view.committee.grid.getListDataView().getItems().toList();
        assertThat(lines).hasSize(15);
        assertThat(CommitteeReport.figure(lines.get(12), Locales.ARABIC)).isEqualTo("مرفوضة: رسوم أو أسهم غير مسددة");
        assertThat(view.committee.summary.getText()).startsWith("أُحيل ٣ طلبًا إلى اللجنة في هذه الفترة: صدر القرار في ١ منها ضمن المهلة، و١ بعد حدها الأعلى");
        assertThat(view.committee.summary.getText()).endsWith("توقفت المهلة ١ مرة، ٢ يومًا في مجموعها.");
    }

    @Test
    void theReceptionsHeatMapRunsRightToLeftInArabicWithTheBusiestHourDarkest() {
        ReportsView view = open(Locales.ARABIC);
        assertThat(counter.asked).containsExactly(new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        String svg = view.reception.chart.getChildren().findFirst().orElseThrow().getChildren()
                .skip(1).findFirst().orElseThrow().getElement().getProperty("innerHTML");
        assertThat(svg).contains("<title id=\"report-reception-chart-t\">ساعات الذروة في الاستقبال</title>")
                .as("Sunday's name on the right, its one hour (9) the one square, full width and darkest")
                .contains("<text class=\"label\" x=\"560.0\" y=\"37.0\" text-anchor=\"end\">الأحد</text>")
                .contains("<rect class=\"cell\" x=\"1.0\" y=\"21.0\" width=\"468.0\" height=\"24\" "
                        + "fill-opacity=\"1.0\"/>");
        assertThat(view.reception.grid.getListDataView().getItems().toList()).containsExactly(
                new ReceptionHours.HourRow(CounterService.MEMBER_SERVICES, 9, 6, 1, new java.math.BigDecimal("5.0"),
                        new java.math.BigDecimal("10.0")),
                new ReceptionHours.HourRow(CounterService.MEMBER_SERVICES, null, 6, 1,
                        new java.math.BigDecimal("5.0"), new java.math.BigDecimal("10.0")),
                new ReceptionHours.HourRow(null, null, 6, 1, new java.math.BigDecimal("5.0"),
                        new java.math.BigDecimal("10.0")));
        assertThat(ReceptionReport.hour(9)).isEqualTo("09:00–10:00");
        assertThat(ReceptionReport.summary(counter.reception(new DayRange(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31))), Locale.ENGLISH)).isEqualTo("6 tickets in this period, 1 of them not "
                + "answered when called; on average 5.0 minutes waited and 10.0 minutes served. "
                + "Busiest: Sunday 09:00–10:00.");
    }

    @Test
    void satisfactionWithholdsAServiceUnderFiveRatingsEvenItsCountAndNamesNoEmployee() {
        ReportsView view = open(Locale.ENGLISH);
        assertThat(view.satisfaction.summary.getText()).isEqualTo("10 ratings in this period, on average 3.20 out of 5.");
        List<RatingFigures.Group> lines = view.satisfaction.grid.getListDataView().getItems().toList();
        assertThat(lines).extracting(RatingFigures.Group::service).containsExactly("RECEPTION", "SUPPORT", "");
        assertThat(SatisfactionReport.ratings(lines.get(1), Locale.ENGLISH)).isEqualTo("Fewer than 5: not shown");
        assertThat(SatisfactionReport.average(lines.get(1), Locale.ENGLISH)).isEqualTo("–");
        String svg = view.satisfaction.chart.getChildren().findFirst().orElseThrow().getChildren()
                .skip(1).findFirst().orElseThrow().getElement().getProperty("innerHTML");
        assertThat(svg).contains(">4.00</text>").contains(">fewer than 5</text>");
    }
}
