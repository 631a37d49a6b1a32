package coop.khidma.platform.personaldata;

import coop.khidma.platform.persistence.NativeSql;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * What a component keeps about a person in its own tables, found by their national ID and their mobile: read by the
 * component itself for the data subject's copy, and corrected by it, in the caller's transaction. {@code
 * privacy.boundary.SubjectRecords} calls every implementation there is, in {@link #order()}, and renders the copy from
 * the {@link Section}s they return.
 */
public interface PersonalRecords {

    /**
     * Its section's place in the copy and its turn in a correction, lower first (members 10, share movements 11, the
     * General Assembly 12, requests 20, consents 25, volunteering 30, reply contacts 40, messages 50).
     */
    int order();

    /**
     * What it keeps about the person, as the copy's section with its count; {@code requests} are the references of the
     * person's requests that the parts before it found (what was sent about them is the person's too).
     */
    Part copy(Subject subject, List<String> requests);

    /**
     * Whether a record it keeps holds the candidate's mobile together with their national ID, on data whose identity
     * was checked against the original ID (the register, an application through intake): only then is the mobile the
     * person's for their rights. {@code false} where it keeps no national ID.
     */
    default boolean holdsTogether(Subject candidate) {
        return false;
    }

    /** Applies the checked value wherever it keeps the person's {@code field}; the number of rows changed. */
    default int correct(Subject subject, CorrectionField field, Object value) {
        return 0;
    }

    /**
     * One part of the copy: its section, its count for the audit trail, and the references of the person's requests it
     * found (for the parts after it).
     */
    record Part(Section section, RecordCount count, List<String> requests) {

        public Part(Section section, RecordCount count) {
            this(section, count, List.of());
        }
    }

    /** The records of one kind; {@code noneKey} says so when there are none. */
    record Section(String titleKey, String noneKey, List<Entry> entries) {
    }

    /** One record (a request, a membership…) under its title. */
    record Entry(String title, List<Field> fields) {
    }

    /** One labelled value: a String, an {@link java.time.Instant}, a number, a {@link Key} or a {@link Bilingual}. */
    record Field(String labelKey, Object value) {
    }

    /** A bundle key whose text is the value (a status, a type, a channel). */
    record Key(String key) {
    }

    /** A value held in both languages (a letter's subject). */
    record Bilingual(String arabic, String english) {
    }

    /**
     * Runs each {@code table SET … WHERE …} of {@code updates} on the person's rows not yet anonymised: {@code ?1} is
     * the value, {@code ?2} the national ID, {@code ?3} the mobile. The number of rows changed.
     */
    static int correctRows(EntityManager em, List<String> updates, Subject subject, Object value) {
        int changed = 0;
        for (String update : updates) {
            changed += NativeSql.update(em, "UPDATE " + update + " AND anonymised_at IS NULL", value,
                    subject.nationalIdOrNone(), subject.mobileOrNone());
        }
        return changed;
    }
}
