package coop.khidma.review.entity;

import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day the association is closed besides Fridays and Saturdays: it stops the committee's clock. Official ones are
 * seeded, admins add or remove others. One row per date.
 */
@Entity
@Table(name = "holiday")
public class Holiday {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate day;

    @Column(name = "name_ar", nullable = false, length = NAME_MAX)
    private String nameArabic;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEnglish;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HolidaySource source;

    @Version
    private long version;

    protected Holiday() {
        // for the persistence provider only
    }

    /** Breaks {@code rule.holiday.name}. */
    public Holiday(LocalDate day, String nameArabic, String nameEnglish, HolidaySource source) {
        this.day = Objects.requireNonNull(day, "day");
        this.source = Objects.requireNonNull(source, "source");
        rename(nameArabic, nameEnglish);
    }

    public void rename(String nameArabic, String nameEnglish) {
        this.nameArabic = checkName(nameArabic);
        this.nameEnglish = checkName(nameEnglish);
    }

    private static String checkName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new DomainException("rule.holiday.name", NAME_MAX);
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public String nameArabic() {
        return nameArabic;
    }

    public String nameEnglish() {
        return nameEnglish;
    }

    public HolidaySource source() {
        return source;
    }

    public long version() {
        return version;
    }
}
