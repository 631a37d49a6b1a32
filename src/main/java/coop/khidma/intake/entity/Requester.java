package coop.khidma.intake.entity;

import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.util.Objects;

/** Who filed a request and how to reach them: the name as they gave it and a Saudi mobile number. */
@Embeddable
public class Requester {

    public static final int NAME_MAX = 120;

    @Column(name = "requester_name", nullable = false, length = NAME_MAX)
    private String name;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "requester_mobile", nullable = false, length = 13))
    private SaudiMobile mobile;

    protected Requester() {
    }

    public Requester(String name, SaudiMobile mobile) {
        this.name = checkName(name);
        this.mobile = Objects.requireNonNull(mobile);
    }

    /** @throws DomainException {@code rule.name.required} or {@code rule.name.tooLong} */
    public static String checkName(String name) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            throw new DomainException("rule.name.required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new DomainException("rule.name.tooLong", NAME_MAX);
        }
        return trimmed;
    }

    public String name() {
        return name;
    }

    public SaudiMobile mobile() {
        return mobile;
    }
}
