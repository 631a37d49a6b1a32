package coop.khidma.intake.entity;

import coop.khidma.person.PersonName;
import coop.khidma.person.SaudiMobile;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.util.Objects;

/** Who filed a request and how to reach them: the name as they gave it and a Saudi mobile number. */
@Embeddable
public class Requester {

    @Column(name = "requester_name", nullable = false, length = PersonName.MAX)
    private String name;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "requester_mobile", nullable = false, length = 13))
    private SaudiMobile mobile;

    protected Requester() {
    }

    /** Breaks {@code rule.name.required} or {@code rule.name.tooLong} (see {@link PersonName}). */
    public Requester(String name, SaudiMobile mobile) {
        this.name = PersonName.check(name);
        this.mobile = Objects.requireNonNull(mobile);
    }

    public String name() {
        return name;
    }

    public SaudiMobile mobile() {
        return mobile;
    }
}
