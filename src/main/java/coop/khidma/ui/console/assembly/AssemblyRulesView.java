package coop.khidma.ui.console.assembly;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.assembly.boundary.Assemblies;
import coop.khidma.assembly.entity.AssemblyRules;
import coop.khidma.assembly.entity.QuorumBasis;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The General Assembly's figures as the association's bylaws state them, entered by an admin: the notice period (in
 * calendar or Saudi working days) and whether a meeting may be scheduled inside it, the proxy limit, the quorum's
 * basis and percentages for the first and (if allowed) the second meeting, and kiosk voting. The seeded values are
 * placeholders, which the page says until an admin saves (confirms) the bylaws' own.
 */
@Route(value = "console/admin/assembly", layout = ConsoleLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AssemblyRulesView extends Div implements HasDynamicTitle {

    private final Assemblies assemblies;
    private final TextField noticeDays = number("rules-notice-days", "assembly.console.rules.noticeDays");
    private final Checkbox workingDays = new Checkbox();
    private final Checkbox insideNotice = new Checkbox();
    private final TextField proxyLimit = number("rules-proxy-limit", "assembly.console.rules.proxyLimit");
    private final Select<QuorumBasis> basis = new Select<>();
    private final TextField firstQuorum = number("rules-first-quorum", "assembly.console.rules.firstQuorum");
    private final Checkbox secondAllowed = new Checkbox();
    private final TextField secondQuorum = number("rules-second-quorum", "assembly.console.rules.secondQuorum");
    private final Checkbox kioskVoting = new Checkbox();
    private AssemblyRules rules;

    @Inject
    public AssemblyRulesView(Assemblies assemblies) {
        this.assemblies = assemblies;
        addClassName("console-page");
        setId("assembly-rules");
        rules = assemblies.rules();
        workingDays.setId("rules-working-days");
        workingDays.setLabel(getTranslation("assembly.console.rules.workingDays"));
        insideNotice.setId("rules-inside-notice");
        insideNotice.setLabel(getTranslation("assembly.console.rules.insideNotice"));
        basis.setId("rules-basis");
        basis.setLabel(getTranslation("assembly.console.rules.basis"));
        basis.setItems(QuorumBasis.values());
        basis.setItemLabelGenerator(value -> getTranslation("assembly.console.basis." + value.name()));
        secondAllowed.setId("rules-second-allowed");
        secondAllowed.setLabel(getTranslation("assembly.console.rules.secondAllowed"));
        secondAllowed.addValueChangeListener(change -> secondQuorum.setEnabled(change.getValue()));
        kioskVoting.setId("rules-kiosk-voting");
        kioskVoting.setLabel(getTranslation("assembly.console.rules.kioskVoting"));
        Button save = new Button(getTranslation("assembly.console.rules.save"), VaadinIcon.CHECK.create(),
                click -> save());
        save.setId("rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(noticeDays, workingDays, insideNotice, proxyLimit, basis, firstQuorum,
                secondAllowed, secondQuorum, kioskVoting, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        add(new H2(getTranslation("assembly.console.rules.title")), new Paragraph(getTranslation(
                "assembly.console.rules.intro")), form);
        show();
    }

    private static TextField number(String id, String labelKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setLabel(field.getTranslation(labelKey));
        field.setWidth("10rem");
        return field;
    }

    private void show() {
        getChildren().filter(RulesNotice.class::isInstance).toList().forEach(this::remove);
        addComponentAtIndex(1, new RulesNotice(rules));
        AssemblyRules.Figures figures = rules.figures();
        noticeDays.setValue(String.valueOf(figures.noticeDays()));
        workingDays.setValue(figures.noticeInWorkingDays());
        insideNotice.setValue(figures.schedulingInsideNotice());
        proxyLimit.setValue(String.valueOf(figures.proxyLimit()));
        basis.setValue(figures.quorumBasis());
        firstQuorum.setValue(String.valueOf(figures.firstQuorumPercent()));
        secondAllowed.setValue(figures.secondMeetingAllowed());
        secondQuorum.setValue(String.valueOf(figures.secondQuorumPercent()));
        secondQuorum.setEnabled(figures.secondMeetingAllowed());
        kioskVoting.setValue(figures.kioskVoting());
    }

    private void save() {
        List.<HasValidation>of(noticeDays, proxyLimit, basis, firstQuorum, secondQuorum)
                .forEach(field -> field.setInvalid(false));
        AssemblyRules.Figures figures = new AssemblyRules.Figures(read(noticeDays), workingDays.getValue(),
                insideNotice.getValue(), read(proxyLimit), basis.getValue(), read(firstQuorum),
                secondAllowed.getValue(), read(secondQuorum), kioskVoting.getValue());
        try {
            rules = assemblies.changeRules(rules.version(), figures);
        } catch (RuntimeException failure) {
            ErrorMessages.showAt(failure, getLocale(), this::showError);
            return;
        }
        Facts.success(getTranslation("assembly.console.rules.saved"));
        show();
    }

    /** The number typed (Arabic-Indic digits welcome), or -1 when it is not one (the rule then names the range). */
    private static int read(TextField field) {
        try {
            return Integer.parseInt(Digits.toAscii(field.getValue()).strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private boolean showError(String ruleKey, String message) {
        return Facts.showAt(switch (ruleKey) {
            case "rule.assemblyRules.notice" -> noticeDays;
            case "rule.assemblyRules.proxyLimit" -> proxyLimit;
            case "rule.assemblyRules.basisRequired" -> basis;
            case "rule.assemblyRules.percent" -> firstQuorum;
            default -> null;
        }, message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assembly.console.rules.title") + " — " + getTranslation("console.title");
    }
}
