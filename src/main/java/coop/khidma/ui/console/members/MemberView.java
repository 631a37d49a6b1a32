package coop.khidma.ui.console.members;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import coop.khidma.membership.boundary.MemberProfile;
import coop.khidma.assembly.boundary.Proxies;
import coop.khidma.membership.boundary.Members;
import coop.khidma.membership.entity.MemberStatus;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.Timeline;
import coop.khidma.ui.console.assembly.MemberProxies;
import coop.khidma.ui.console.requests.RequestDetailView;
import coop.khidma.ui.shared.ChannelChoice;
import coop.khidma.ui.shared.Dates;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * One member of the General Assembly (policy item 5, the completed registration): who they are and how to reach
 * them (and how they chose to be told), where the membership stands, their certificate, their share register (every movement, Hijri beside
 * Gregorian), every request they filed or that concerns them, and what happened to their record.
 */
@Route(value = "console/member", layout = ConsoleLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class MemberView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final Members members;
    private final Proxies proxies;
    private MemberProfile member;

    @Inject
    public MemberView(Members members, Proxies proxies) {
        this.members = members;
        this.proxies = proxies;
        addClassName("console-page");
        setId("member");
    }

    @Override
    public void setParameter(BeforeEvent event, String membershipNumber) {
        removeAll();
        try {
            member = members.profile(membershipNumber);
        } catch (DomainException unknown) {
            Span none = new Span(ErrorMessages.messageFor(unknown, getLocale()));
            none.setId("member-unknown");
            add(new H2(getTranslation("console.member.title", membershipNumber)), none);
            return;
        }
        Span status = new Span(getTranslation("memberStatus." + member.status()));
        status.setId("member-status");
        status.getElement().getThemeList().add("badge");
        Div title = new Div(new H2(getTranslation("console.member.title", member.membershipNumber())), status);
        title.addClassName("request-title");
        add(title, facts(), section("shares.member.title", new ShareMovements(member)), requests(),
                section("assembly.console.member.proxies", new MemberProxies(proxies.ofMember(member.membershipNumber()))),
                history());
    }

    private Component facts() {
        Div facts = new Div();
        facts.addClassName("request-facts");
        Facts.fact(facts, "member-number", "console.request.membershipNumber", member.membershipNumber());
        Facts.fact(facts, "member-name-ar", "console.request.nameArabic", member.nameArabic());
        Facts.fact(facts, "member-name-latin", "console.request.nameLatin", member.nameLatin());
        Facts.fact(facts, "member-national-id", "console.request.nationalId", member.nationalId());
        Facts.fact(facts, "member-mobile", "console.request.mobile", member.mobile());
        Facts.fact(facts, "member-email", "console.member.email",
                member.email() == null ? getTranslation("console.member.noEmail") : member.email());
        facts.add(new ChannelChoice("member-preferred-channel", "console.member.preferredChannel",
                member.preferredChannel(), channel -> {
                    members.preferChannel(member.membershipNumber(), channel);
                    setParameter(null, member.membershipNumber());
                }));
        Facts.fact(facts, "member-city", "console.request.city", member.city());
        Facts.fact(facts, "member-shares", "console.members.shares", String.valueOf(member.shares()));
        Facts.fact(facts, "member-applied", "console.member.applied", Dates.both(member.appliedAt(), getLocale()));
        if (member.activatedAt() != null) {
            Facts.fact(facts, "member-since", "console.members.since",
                    Dates.both(member.activatedAt(), getLocale()));
        }
        if (member.statusDecision() != null) {
            Facts.fact(facts, "member-decision", "console.member.decision", member.statusDecision());
        }
        if (member.statusReason() != null) {
            Facts.fact(facts, "member-reason", "console.member.reason", member.statusReason());
        }
        if (member.registeredBy() != null && member.status() == MemberStatus.ACTIVE) {
            Anchor certificate = new Anchor("console/print/certificate?reference=" + member.registeredBy(),
                    getTranslation("console.request.certificate"));
            certificate.setId("member-certificate");
            certificate.setTarget("_blank");
            facts.add(certificate);
        }
        return facts;
    }

    private Component requests() {
        Div list = new Div();
        list.setId("member-requests");
        list.addClassName("request-list");
        if (member.requests().isEmpty()) {
            list.add(Facts.muted(getTranslation("console.member.noRequests")));
        }
        for (MemberProfile.Filed filed : member.requests()) {
            RouterLink open = new RouterLink(filed.reference(), RequestDetailView.class, filed.reference());
            open.setId("member-request-" + filed.reference());
            Span what = new Span(getTranslation("requestType." + filed.typeCode()) + " · "
                    + getTranslation("channel." + filed.channel()) + " · " + getTranslation("status." + filed.status()));
            Span when = new Span(Dates.both(filed.submittedAt(), getLocale()));
            when.addClassName("request-list-when");
            Div row = new Div(when, open, what);
            row.addClassName("request-list-row");
            list.add(row);
        }
        return section("console.member.requests", list);
    }

    private Component history() {
        return section("console.member.history", new Timeline("member-history", member.history()));
    }

    private Component section(String titleKey, Component content) {
        return Facts.titled(getTranslation(titleKey), content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.member.title", member == null ? "" : member.membershipNumber()) + " — "
                + getTranslation("console.title");
    }
}
