package coop.khidma.intake.entity;

import coop.khidma.person.City;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.NationalId;
import coop.khidma.person.PersonName;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.util.Objects;

/**
 * The details a membership application carries about the person who wants to join (before they are a member):
 * national ID, names in Arabic and Latin letters, city, shares requested and an optional e-mail. The mobile is the
 * requester's. The member's record ({@code membership.entity.Member}) is checked with the same rules, so a complete
 * application always makes a valid member.
 */
@Embeddable
@Access(AccessType.FIELD)
public class Applicant {

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "applicant_national_id", length = 10))
    private NationalId nationalId;

    @Column(name = "applicant_name_ar", length = PersonName.MAX)
    private String nameArabic;

    @Column(name = "applicant_name_latin", length = PersonName.MAX)
    private String nameLatin;

    @Column(name = "applicant_city", length = City.MAX)
    private String city;

    @Column(name = "applicant_shares")
    private Integer shares;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "applicant_email", length = EmailAddress.MAX))
    private EmailAddress email;

    protected Applicant() {
        // for the persistence provider only
    }

    /** At least one share; breaks {@code rule.member.shares}. The member's record keeps the shares applied for. */
    public static int checkShares(int shares) {
        if (shares < 1) {
            throw new DomainException("rule.member.shares");
        }
        return shares;
    }

    /** The number of shares as typed (Arabic-Indic digits welcome); breaks {@code rule.member.shares}. */
    public static int parseShares(String typed) {
        try {
            return checkShares(Integer.parseInt(Digits.toAscii(
                    typed == null ? "" : typed).strip()));
        } catch (NumberFormatException notANumber) {
            throw new DomainException("rule.member.shares");
        }
    }

    /**
     * Breaks the rules of {@link PersonName#arabic}, {@link PersonName#latin}, {@link City#check},
     * {@link #checkShares}.
     */
    public Applicant(NationalId nationalId, String nameArabic, String nameLatin, String city, int shares,
                     EmailAddress email) {
        this.nationalId = Objects.requireNonNull(nationalId, "nationalId");
        this.nameArabic = PersonName.arabic(nameArabic).value();
        this.nameLatin = PersonName.latin(nameLatin).value();
        this.city = City.check(city);
        this.shares = checkShares(shares);
        this.email = email;
    }

    public NationalId nationalId() {
        return nationalId;
    }

    public String nameArabic() {
        return nameArabic;
    }

    public String nameLatin() {
        return nameLatin;
    }

    public String city() {
        return city;
    }

    public int shares() {
        return shares;
    }

    public EmailAddress email() {
        return email;
    }

    /** EclipseLink gives an embeddable whose columns are all NULL as an instance with null fields; this tells. */
    boolean isRecorded() {
        return nationalId != null && nationalId.value() != null;
    }
}
