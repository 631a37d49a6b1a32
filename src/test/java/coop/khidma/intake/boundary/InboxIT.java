package coop.khidma.intake.boundary;

import coop.khidma.board.boundary.BoardPack;
import coop.khidma.board.boundary.BoardPacks;
import coop.khidma.intake.control.Ageing;
import coop.khidma.intake.control.AgeingRow;
import coop.khidma.intake.control.Outcome;
import coop.khidma.intake.control.PeriodChange;
import coop.khidma.intake.control.PromiseRow;
import coop.khidma.intake.control.Promises;
import coop.khidma.intake.control.Urgency;
import coop.khidma.intake.control.Volume;
import coop.khidma.intake.control.VolumeRow;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.support.Applications;
import coop.khidma.support.Deployments;
import coop.khidma.support.Failures;
import coop.khidma.support.FiledRequests;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.support.RunAs;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The console inbox's queries over MariaDB: filters, the one search box (reference, national ID, mobile typed in
 * Arabic-Indic digits, names with or without diacritics), server-side paging and sorting, the home page's counts,
 * and the roles that may read them.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Requests requests;

    @Inject
    Applications applications;

    @Inject
    RunAs runAs;

    @Inject
    ChannelFigures channels;

    @Inject
    BacklogFigures backlog;

    @Inject
    FiledRequests filed;

    @Inject
    PromiseFigures promises;

    @Inject
    BoardPacks packs;

    @Resource(lookup = "jdbc/khidma")
    DataSource database;

    @Test
    void aNameIsFoundWithOrWithoutItsDiacritics() throws Exception {
        String voweled = register("مُحَمَّد بن سَعِيد الشَّهْرَانِيّ", "0559870001");
        String plain = register("عبدالرحمن بن فالح الدوسري", "0559870002");

        assertThat(references(search("محمد بن سعيد الشهراني"))).contains(voweled).doesNotContain(plain);
        assertThat(references(search("عَبْدُالرَّحْمَن بن فالح"))).contains(plain).doesNotContain(voweled);
        assertThat(references(search("الدوسـري"))).contains(plain); // a tatweel typed in the middle
    }

    @Test
    void referenceNationalIdAndMobileAreFoundHoweverTheDigitsAreTyped() throws Exception {
        String byPhone = register("سلمان اليامي", "0559870011");
        String nationalId = Applications.nationalId(77_000_101);
        String application = runAs.staff(() -> applications.verified(nationalId, "0559870012")).reference();

        assertThat(references(search(byPhone))).containsExactly(byPhone);
        assertThat(references(search("٠٥٥٩٨٧٠٠١١"))).contains(byPhone).doesNotContain(application);
        assertThat(references(search("+966 55 987 0011"))).contains(byPhone);
        assertThat(references(search(arabicIndic(nationalId)))).containsExactly(application);
    }

    @Test
    void filtersByStatusTypeAndChannelCombine() throws Exception {
        String letter = registerAs("SUGGESTION", Channel.LETTER, "مرشحات الاختبار أ", "0559870021");
        String phone = registerAs("SUGGESTION", Channel.PHONE, "مرشحات الاختبار ب", "0559870022");
        String complaint = registerAs("COMPLAINT", Channel.LETTER, "مرشحات الاختبار ج", "0559870023");

        InboxQuery letters = new InboxQuery(Set.of(RequestStatus.SUBMITTED), "SUGGESTION", Channel.LETTER,
                "مرشحات الاختبار");
        assertThat(references(letters)).containsExactly(letter);
        assertThat(runAs.staff(() -> requests.inboxCount(letters))).isEqualTo(1);
        InboxQuery anyType = new InboxQuery(Set.of(), null, Channel.LETTER, "مرشحات الاختبار");
        assertThat(references(anyType)).containsExactlyInAnyOrder(letter, complaint);
        InboxQuery returned = new InboxQuery(Set.of(RequestStatus.RETURNED), null, null, "مرشحات الاختبار");
        assertThat(references(returned)).isEmpty();
        assertThat(references(new InboxQuery(null, null, null, "مرشحات الاختبار")))
                .containsExactlyInAnyOrder(letter, phone, complaint);
    }

    @Test
    void pagesSortedByTheServerNeitherOverlapNorSkip() throws Exception {
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            filed.add(register("صفحات الصندوق " + i, "055987003" + i));
        }
        InboxQuery mine = new InboxQuery(null, null, null, "صفحات الصندوق");
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            int from = offset;
            paged.addAll(runAs.staff(() -> requests.inbox(mine, from, 2, InboxQuery.Sort.REFERENCE, true))
                    .stream().map(InboxRow::reference).toList());
        }
        assertThat(paged).containsExactlyElementsOf(filed);
        assertThat(runAs.staff(() -> requests.inbox(mine, 0, 5, InboxQuery.Sort.REFERENCE, false)))
                .extracting(InboxRow::reference).containsExactlyElementsOf(reversed(filed));
        assertThat(runAs.staff(() -> requests.inbox(mine, 0, 5, InboxQuery.Sort.REQUESTER, true)))
                .extracting(InboxRow::requesterName).isSorted();
    }

    @Test
    void aPageAndItsCountComeFromOneCallForTheStaffOnly() throws Exception {
        String first = register("صفحة وعدد الصندوق أ", "0559870061");
        String second = register("صفحة وعدد الصندوق ب", "0559870062");
        String third = register("صفحة وعدد الصندوق ج", "0559870063");
        LocalDate today = LocalDate.now(HijriDates.RIYADH);
        dueOn(first, today.minusDays(1));
        dueOn(second, null);
        InboxQuery mine = new InboxQuery(null, null, null, "صفحة وعدد الصندوق");

        InboxPage shorter = runAs.staff(() -> requests.inboxPage(mine, 0, 50, InboxQuery.Sort.REFERENCE, true));
        assertThat(shorter.rows()).extracting(InboxRow::reference, InboxRow::urgency).containsExactly(
                tuple(first, Urgency.OVERDUE), tuple(second, Urgency.NONE), tuple(third, Urgency.ON_TIME));
        assertThat(shorter.total()).isEqualTo(3);
        InboxPage exactly = runAs.staff(() -> requests.inboxPage(mine, 0, 3, InboxQuery.Sort.REFERENCE, true));
        assertThat(exactly.rows()).extracting(InboxRow::reference).containsExactly(first, second, third);
        assertThat(exactly.total()).isEqualTo(3);
        InboxPage full = runAs.supervisor(() -> requests.inboxPage(mine, 0, 2, InboxQuery.Sort.REFERENCE, false));
        assertThat(full.rows()).extracting(InboxRow::reference).containsExactly(third, second);
        assertThat(full.total()).isEqualTo(3);
        InboxPage last = runAs.director(() -> requests.inboxPage(mine, 2, 2, InboxQuery.Sort.REFERENCE, false));
        assertThat(last.rows()).extracting(InboxRow::reference).containsExactly(first);
        assertThat(last.total()).isEqualTo(3);
        InboxPage beyond = runAs.admin(() -> requests.inboxPage(mine, 5, 2, InboxQuery.Sort.REFERENCE, false));
        assertThat(beyond.rows()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
        InboxPage none = runAs.staff(() -> requests.inboxPage(new InboxQuery(null, null, null,
                "صفحة وعدد الصندوق د"), 0, 50, InboxQuery.Sort.SUBMITTED, false));
        assertThat(none.rows()).isEmpty();
        assertThat(none.total()).isZero();
        InboxPage overdue = runAs.staff(() -> requests.inboxPage(new InboxQuery(null, null, null,
                "صفحة وعدد الصندوق", Urgency.OVERDUE), 0, 1, InboxQuery.Sort.SUBMITTED, false));
        assertThat(overdue.rows()).extracting(InboxRow::reference).containsExactly(first);
        assertThat(overdue.total()).isEqualTo(1);

        assertThatThrownBy(() -> runAs.committee(() -> requests.inboxPage(mine, 0, 50, InboxQuery.Sort.SUBMITTED,
                false))).satisfies(refused -> assertThat(Failures.chain(refused))
                .hasAtLeastOneElementOfType(EJBAccessException.class));
        assertThatThrownBy(() -> requests.inboxPage(mine, 0, 50, InboxQuery.Sort.SUBMITTED, false))
                .isInstanceOf(EJBAccessException.class);
    }

    /**
     * The inbox's reads take no transaction of their own, but run in the caller's when there is one: a request
     * registered earlier in the same transaction is in the page and the count (a read outside it would not see it).
     */
    @Test
    void theInboxReadsInTheCallersTransactionWhenThereIsOne() throws Exception {
        InboxQuery byMobile = new InboxQuery(null, null, null, "0559870071");
        long[] seen = runAs.staff(() -> {
            requests.register("COMPLAINT", Channel.PHONE, "في معاملة المتصل", "0559870071", "نص الطلب");
            return new long[]{requests.inboxPage(byMobile, 0, 50, InboxQuery.Sort.SUBMITTED, false).total(),
                    requests.inboxCount(byMobile), requests.inbox(byMobile, 0, 50, InboxQuery.Sort.SUBMITTED, false).size()};
        });
        assertThat(seen).containsExactly(1, 1, 1);
        assertThat(runAs.staff(() -> requests.inboxPage(byMobile, 0, 50, InboxQuery.Sort.SUBMITTED, false).total()))
                .isEqualTo(1);
    }

    @Test
    void overdueAndDueSoonAreFlaggedFilteredAndSortedByTheServer() throws Exception {
        String late = register("مواعيد الصندوق متأخر", "0559870051");
        String soon = registerAs("INQUIRY", Channel.PHONE, "مواعيد الصندوق قريب", "0559870052");
        String onTime = register("مواعيد الصندوق في موعده", "0559870053");
        LocalDate today = LocalDate.now(HijriDates.RIYADH);
        dueOn(late, today.minusDays(1));
        long overdueBefore = runAs.staff(() -> requests.overdueCount());

        InboxQuery mine = new InboxQuery(null, null, null, "مواعيد الصندوق");
        assertThat(runAs.staff(() -> requests.inbox(mine, 0, 10, InboxQuery.Sort.DUE, true)))
                .extracting(InboxRow::reference, InboxRow::urgency)
                .containsExactly(tuple(late, Urgency.OVERDUE), tuple(soon, Urgency.DUE_SOON),
                        tuple(onTime, Urgency.ON_TIME));
        InboxQuery overdue = new InboxQuery(null, null, null, "مواعيد الصندوق", Urgency.OVERDUE);
        assertThat(references(overdue)).containsExactly(late);
        assertThat(runAs.staff(() -> requests.inboxCount(overdue))).isEqualTo(1);
        assertThat(references(new InboxQuery(null, null, null, "مواعيد الصندوق", Urgency.DUE_SOON)))
                .containsExactly(soon);
        assertThat(overdueBefore).isPositive();

        dueOn(late, today); // due today: no longer late, but due soon
        assertThat(runAs.staff(() -> requests.overdueCount())).isEqualTo(overdueBefore - 1);
        assertThat(references(new InboxQuery(null, null, null, "مواعيد الصندوق", Urgency.DUE_SOON)))
                .containsExactlyInAnyOrder(late, soon);
        dueOn(onTime, null); // nothing owed sorts after every due day
        assertThat(runAs.staff(() -> requests.inbox(mine, 0, 10, InboxQuery.Sort.DUE, true)))
                .extracting(InboxRow::reference).last().isEqualTo(onTime);
    }

    @Test
    void theHomePageCountsFollowTheRequests() throws Exception {
        long before = runAs.staff(() -> requests.countsByStatus()).getOrDefault(RequestStatus.SUBMITTED, 0L);
        register("عداد الرئيسية", "0559870041");
        assertThat(runAs.supervisor(() -> requests.countsByStatus())).containsEntry(RequestStatus.SUBMITTED,
                before + 1);
        assertThat(runAs.staff(() -> requests.typeCodes())).contains("COMPLAINT", "MEMBERSHIP_APPLICATION");
    }

    @Test
    void theChannelsAreCountedByTypeAndStatusOverAGregorianOrHijriMonthForTheSupervisorAndTheDirector()
            throws Exception {
        // Ramadan 1440 ran from 6 May to 3 June 2019 (Umm al-Qura); no other test files in 2019.
        filed.filed("COMPLAINT", Channel.HELP_REQUEST, "0559871001", Instant.parse("2019-04-30T20:59:59Z"), false);
        filed.filed("COMPLAINT", Channel.HELP_REQUEST, "0559871002", Instant.parse("2019-04-30T21:00:00Z"), false);
        filed.filed("COMPLAINT", Channel.HELP_REQUEST, "0559871003", Instant.parse("2019-05-06T08:00:00Z"), false);
        filed.filed("COMPLAINT", Channel.HELP_REQUEST, "0559871004", Instant.parse("2019-05-07T08:00:00Z"), true);
        filed.filed("SUGGESTION", Channel.VOLUNTEERING, "0559871005", Instant.parse("2019-05-20T08:00:00Z"), false);
        filed.filed("COMPLAINT", Channel.PHONE, "0559871006", Instant.parse("2019-05-31T20:59:59Z"), false);
        filed.filed("COMPLAINT", Channel.PHONE, "0559871007", Instant.parse("2019-05-31T21:00:00Z"), false);

        DayRange may = new DayRange(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31));
        assertThat(runAs.supervisor(() -> channels.counts(may)))
                .extracting(ChannelCount::channel, ChannelCount::typeCode, ChannelCount::status, ChannelCount::requests)
                .containsExactly(
                        tuple(Channel.PHONE, "COMPLAINT", RequestStatus.SUBMITTED, 1L),
                        tuple(Channel.HELP_REQUEST, "COMPLAINT", RequestStatus.SUBMITTED, 2L),
                        tuple(Channel.HELP_REQUEST, "COMPLAINT", RequestStatus.IN_INTAKE, 1L),
                        tuple(Channel.VOLUNTEERING, "SUGGESTION", RequestStatus.SUBMITTED, 1L));
        DayRange ramadan = new DayRange(LocalDate.of(2019, 5, 6), LocalDate.of(2019, 6, 3));
        assertThat(runAs.director(() -> channels.counts(ramadan)))
                .extracting(ChannelCount::channel, ChannelCount::status, ChannelCount::requests)
                .containsExactly(
                        tuple(Channel.PHONE, RequestStatus.SUBMITTED, 2L),
                        tuple(Channel.HELP_REQUEST, RequestStatus.SUBMITTED, 1L),
                        tuple(Channel.HELP_REQUEST, RequestStatus.IN_INTAKE, 1L),
                        tuple(Channel.VOLUNTEERING, RequestStatus.SUBMITTED, 1L));
        assertThat(runAs.supervisor(() -> channels.counts(new DayRange(LocalDate.of(2019, 4, 1),
                LocalDate.of(2019, 4, 30))))).extracting(ChannelCount::requests).containsExactly(1L);

        for (Callable<?> refused : List.<Callable<?>>of(() -> runAs.staff(() -> channels.counts(may)),
                () -> runAs.committee(() -> channels.counts(may)), () -> runAs.admin(() -> channels.counts(may)))) {
            assertThatThrownBy(refused::call).satisfies(failure -> assertThat(Failures.chain(failure))
                    .hasAtLeastOneElementOfType(EJBAccessException.class));
        }
    }

    @Test
    void theVolumeOfAGregorianMonthIsCountedByChannelTypeAndOutcomeAgainstTheMonthBefore() throws Exception {
        // February and March 2018 (Riyadh days); no other test files in 2018 but the backlog below (January, April).
        filed.filed("COMPLAINT", Channel.PHONE, "0559872001", Instant.parse("2018-02-10T08:00:00Z"), false);
        filed.filed("COMPLAINT", Channel.PHONE, "0559872002", Instant.parse("2018-02-28T20:59:59Z"), false);
        filed.withdrawn("SUGGESTION", Channel.WEBSITE, "0559872003", Instant.parse("2018-02-05T08:00:00Z"));
        filed.filed("COMPLAINT", Channel.PHONE, "0559872004", Instant.parse("2018-02-28T21:00:00Z"), false);
        filed.withdrawn("COMPLAINT", Channel.PHONE, "0559872005", Instant.parse("2018-03-10T08:00:00Z"));
        filed.filed("COMPLAINT", Channel.IN_PERSON, "0559872006", Instant.parse("2018-03-31T08:00:00Z"), true);
        filed.filed("COMPLAINT", Channel.IN_PERSON, "0559872007", Instant.parse("2018-03-31T21:00:00Z"), false);

        DayRange march = new DayRange(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31));
        Volume volume = runAs.director(() -> channels.volume(march));
        assertThat(volume.previous()).isEqualTo(new DayRange(LocalDate.of(2018, 2, 1), LocalDate.of(2018, 2, 28)));
        assertThat(volume.rows()).extracting(VolumeRow::channel, VolumeRow::typeCode, VolumeRow::outcome,
                        row -> row.change().now(), row -> row.change().before(), row -> row.change().percent())
                .containsExactly(
                        tuple(Channel.IN_PERSON, "COMPLAINT", Outcome.OPEN, 1L, 0L, null),
                        tuple(Channel.PHONE, "COMPLAINT", Outcome.OPEN, 1L, 2L, -50),
                        tuple(Channel.PHONE, "COMPLAINT", Outcome.WITHDRAWN, 1L, 0L, null),
                        tuple(Channel.WEBSITE, "SUGGESTION", Outcome.WITHDRAWN, 0L, 1L, -100));
        assertThat(volume.total()).isEqualTo(new PeriodChange(3, 3, 0, 0));
        assertThat(volume.channels()).extracting(row -> row.change().now())
                .containsExactly(1L, 2L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThatThrownBy(() -> runAs.staff(() -> channels.volume(march))).satisfies(failure ->
                assertThat(Failures.chain(failure)).hasAtLeastOneElementOfType(EJBAccessException.class));
    }

    @Test
    void theBacklogCountsOpenRequestsByStageAndWorkingDaysWaitedForTheSupervisorAndTheDirector() throws Exception {
        // Wednesday 31 January 2018; Friday and Saturday the weekend, no holiday that month. The run's database is
        // shared with every other class (some file older requests of their own): what these add is what is counted.
        Ageing before = runAs.supervisor(() -> backlog.ageing(LocalDate.of(2018, 1, 31)));
        filed.filed("COMPLAINT", Channel.PHONE, "0559873001", Instant.parse("2018-01-31T08:00:00Z"), false);
        filed.filed("COMPLAINT", Channel.PHONE, "0559873002", Instant.parse("2018-01-28T21:00:00Z"), true);
        filed.filed("COMPLAINT", Channel.PHONE, "0559873003", Instant.parse("2018-01-28T20:59:59Z"), false);
        filed.filed("COMPLAINT", Channel.PHONE, "0559873004", Instant.parse("2018-01-24T08:00:00Z"), true);
        filed.filed("COMPLAINT", Channel.PHONE, "0559873005", Instant.parse("2018-01-23T08:00:00Z"), false);
        filed.filed("COMPLAINT", Channel.PHONE, "0559873006", Instant.parse("2018-01-17T08:00:00Z"), false);
        filed.filed("COMPLAINT", Channel.PHONE, "0559873007", Instant.parse("2018-01-16T08:00:00Z"), false);
        filed.withdrawn("COMPLAINT", Channel.PHONE, "0559873008", Instant.parse("2018-01-30T08:00:00Z"));
        filed.filed("COMPLAINT", Channel.PHONE, "0559873009", Instant.parse("2018-04-01T08:00:00Z"), false);

        Ageing ageing = runAs.supervisor(() -> backlog.ageing(LocalDate.of(2018, 1, 31)));
        assertThat(added(ageing.stages().get(0), before.stages().get(0)))
                .isEqualTo(new AgeingRow(RequestStatus.SUBMITTED, List.of(1L, 1L, 2L, 1L), 5));
        assertThat(added(ageing.stages().get(1), before.stages().get(1)))
                .isEqualTo(new AgeingRow(RequestStatus.IN_INTAKE, List.of(1L, 1L, 0L, 0L), 2));
        assertThat(added(ageing.all(), before.all())).isEqualTo(new AgeingRow(null, List.of(2L, 2L, 2L, 1L), 7));
        assertThat(runAs.director(() -> backlog.ageing()).all().total()).isGreaterThanOrEqualTo(8);
        assertThatThrownBy(() -> runAs.committee(() -> backlog.ageing())).satisfies(failure ->
                assertThat(Failures.chain(failure)).hasAtLeastOneElementOfType(EJBAccessException.class));
    }

    @Test
    void thePromisesOfAMonthCountWorkingDaysToIntakeAndToTheAnswerAgainstTheDayPromisedOnFiling() throws Exception {
        // May 2017 (Riyadh days; no holiday): no other test files then. A complaint is answered within 5 working days.
        filed.answered("COMPLAINT", Channel.PHONE, "0559874001", Instant.parse("2017-05-07T08:00:00Z"),
                Instant.parse("2017-05-08T08:00:00Z"), Instant.parse("2017-05-10T08:00:00Z")); // promised the 14th
        filed.answered("COMPLAINT", Channel.PHONE, "0559874002", Instant.parse("2017-05-07T09:00:00Z"),
                Instant.parse("2017-05-11T08:00:00Z"), Instant.parse("2017-05-16T08:00:00Z")); // two days late
        String open = filed.filed("COMPLAINT", Channel.PHONE, "0559874003", Instant.parse("2017-05-08T08:00:00Z"),
                false);

        DayRange may = new DayRange(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 5, 31));
        Promises kept = runAs.supervisor(() -> promises.promises(may));
        assertThat(kept.types()).filteredOn(row -> "COMPLAINT".equals(row.typeCode())).singleElement()
                .isEqualTo(new PromiseRow("COMPLAINT", false, 5, 3, 2, 2.5, 2, 5.0, 1, 50));
        assertThat(kept.all()).isEqualTo(new PromiseRow(null, false, null, 3, 2, 2.5, 2, 5.0, 1, 50));
        assertThat(kept.longestOpen()).hasSizeBetween(1, 10)
                .isSortedAccordingTo(java.util.Comparator.comparing(Promises.Waiting::filed))
                .allSatisfy(waiting -> assertThat(waiting.stage().isOpen()).isTrue());
        assertThat(kept.longestOpen().stream().anyMatch(waiting -> waiting.reference().equals(open))
                || kept.longestOpen().stream().allMatch(waiting -> !waiting.filed().isAfter(LocalDate.of(2017, 5, 8))))
                .as("the ten oldest open requests").isTrue();
        for (Callable<?> refused : List.<Callable<?>>of(() -> runAs.staff(() -> promises.promises(may)),
                () -> runAs.committee(() -> promises.promises(may)))) {
            assertThatThrownBy(refused::call).satisfies(failure -> assertThat(Failures.chain(failure))
                    .hasAtLeastOneElementOfType(EJBAccessException.class));
        }

        // the board pack of that month: the director and the administrators, not the supervisors
        BoardPack pack = runAs.director(() -> packs.pack(may));
        assertThat(pack.promises().all()).isEqualTo(kept.all());
        assertThat(pack.volume().total().now()).isEqualTo(3);
        assertThat(runAs.admin(() -> packs.pack(may)).promises().all().filed()).isEqualTo(3);
        assertThatThrownBy(() -> runAs.supervisor(() -> packs.pack(may))).satisfies(failure ->
                assertThat(Failures.chain(failure)).hasAtLeastOneElementOfType(EJBAccessException.class));
        assertThatThrownBy(() -> runAs.director(() -> packs.pack(new DayRange(LocalDate.of(2017, 5, 1),
                LocalDate.of(2017, 5, 30))))).isInstanceOfSatisfying(DomainException.class,
                broken -> assertThat(broken.key()).isEqualTo("rule.report.boardPackMonth"));
    }

    @Test
    void theCommitteeDoesNotReadTheInbox() {
        assertThatThrownBy(() -> runAs.committee(() -> requests.inbox(InboxQuery.all(), 0, 10,
                InboxQuery.Sort.SUBMITTED, false))).satisfies(refused -> assertThat(Failures.chain(refused))
                .hasAtLeastOneElementOfType(EJBAccessException.class));
        assertThatThrownBy(() -> runAs.committee(() -> requests.countsByStatus())).satisfies(refused ->
                assertThat(Failures.chain(refused)).hasAtLeastOneElementOfType(EJBAccessException.class));
        assertThatThrownBy(() -> requests.inboxCount(InboxQuery.all())).isInstanceOf(EJBAccessException.class);
    }

    /** What a backlog row gained between two counts (same stage). */
    private static AgeingRow added(AgeingRow after, AgeingRow before) {
        assertThat(after.stage()).isEqualTo(before.stage());
        List<Long> buckets = new java.util.ArrayList<>();
        for (int i = 0; i < after.buckets().size(); i++) {
            buckets.add(after.buckets().get(i) - before.buckets().get(i));
        }
        return new AgeingRow(after.stage(), buckets, after.total() - before.total());
    }

    private String register(String name, String mobile) throws Exception {
        return registerAs("COMPLAINT", Channel.PHONE, name, mobile);
    }

    private String registerAs(String type, Channel channel, String name, String mobile) throws Exception {
        Paper scan = channel == Channel.LETTER ? new Paper("letter.pdf", "%PDF-1.4 a letter".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)) : null;
        return runAs.staff(() -> requests.register(type, channel, name, mobile, "نص الطلب", scan)).ref().reference();
    }

    /** As if the days had passed: the request's due day moved into the past (or any day) in the database. */
    private void dueOn(String reference, LocalDate day) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE service_request SET due_on = ? WHERE reference = ?")) {
            update.setObject(1, day);
            update.setString(2, reference);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static InboxQuery search(String text) {
        return new InboxQuery(null, null, null, text);
    }

    private List<String> references(InboxQuery query) throws Exception {
        return runAs.staff(() -> requests.inbox(query, 0, 50, InboxQuery.Sort.SUBMITTED, false)).stream()
                .map(InboxRow::reference).toList();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String arabicIndic(String digits) {
        StringBuilder arabic = new StringBuilder();
        digits.chars().forEach(c -> arabic.append((char) ('\u0660' + c - '0')));
        return arabic.toString();
    }
}
