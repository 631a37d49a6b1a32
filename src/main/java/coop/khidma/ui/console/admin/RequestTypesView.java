package coop.khidma.ui.console.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.intake.boundary.RequestTypes.TypeRow;
import coop.khidma.intake.boundary.RequestTypes;
import coop.khidma.intake.entity.ChecklistItem;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.security.Roles;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * Administration: the request types and their intake checklists (policy item 2): add a type, add an item (Arabic
 * and English label, kind, mandatory or not), reorder, toggle mandatory, offer at the kiosk, retire. Requests
 * already filed keep the checklist they were filed with.
 */
@Route(value = "console/admin/request-types", layout = ConsoleLayout.class)
@RolesAllowed(Roles.ADMIN)
public class RequestTypesView extends Div implements HasDynamicTitle {

    private final RequestTypes types;
    private final Div list = new Div();
    private final Div detail = new Div();
    private TypeRow shown;

    @Inject
    public RequestTypesView(RequestTypes types) {
        this.types = types;
        addClassName("console-page");
        list.addClassName("admin-type-list");
        list.setId("request-types");
        detail.addClassName("admin-type-detail");
        Button define = new Button(getTranslation("admin.types.define"), VaadinIcon.PLUS.create(), click -> openDefine());
        define.setId("type-define");
        define.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(define, CsvExport.<ItemLine>named("request-types")
                .column("admin.types.type", ItemLine::type)
                .column("admin.types.position", line -> String.valueOf(line.position()))
                .column("admin.types.code", line -> line.item().code())
                .column("admin.types.labelArabic", line -> line.item().labelArabic())
                .column("admin.types.labelEnglish", line -> line.item().labelEnglish())
                .column("admin.types.kind", (line, locale) -> Messages.get(locale, "admin.kind." + line.item().kind()))
                .column("admin.types.mandatory", (line, locale) -> Messages.get(locale,
                        line.item().isMandatory() ? "admin.yes" : "admin.no"))
                .rows(() -> CsvExport.all(types.types().stream().flatMap(type -> java.util.stream.IntStream
                        .range(0, type.checklist().size())
                        .mapToObj(i -> new ItemLine(type.code(), i + 1, type.checklist().get(i)))).toList()))
                .link());
        bar.addClassName("console-filters");
        Div body = new Div(list, detail);
        body.addClassName("admin-split");
        add(new H2(getTranslation("admin.types.title")), bar, body);
        showList();
    }

    /** One checklist line of one type, for the export. */
    record ItemLine(String type, int position, ChecklistItem item) {
    }

    private void showList() {
        list.removeAll();
        List<TypeRow> all = types.types();
        all.forEach(type -> {
            Button open = new Button(name(type), click -> show(type));
            open.setId("type-" + type.code().toLowerCase(Locale.ROOT).replace('_', '-'));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (!type.active()) {
                open.addClassName("admin-retired");
            }
            list.add(open);
        });
        String chosen = shown != null ? shown.code() : all.isEmpty() ? null : all.get(0).code();
        all.stream().filter(type -> type.code().equals(chosen)).findFirst().ifPresent(this::show);
    }

    private String name(TypeRow type) {
        return "ar".equals(getLocale().getLanguage()) ? type.nameArabic() : type.nameEnglish();
    }

    private void show(TypeRow type) {
        shown = type;
        detail.removeAll();
        Checkbox kiosk = new Checkbox(getTranslation("admin.types.offeredAtKiosk"), type.offeredAtKiosk());
        kiosk.setId("type-kiosk");
        kiosk.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                apply(row -> types.offerAtKiosk(row.code(), row.version(), change.getValue()));
            }
        });
        Checkbox active = new Checkbox(getTranslation("admin.types.active"), type.active());
        active.setId("type-active");
        active.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                apply(row -> types.activate(row.code(), row.version(), change.getValue()));
            }
        });
        H3 title = new H3(type.nameArabic() + " — " + type.nameEnglish());
        title.setId("type-title");
        Div flags = new Div(kiosk, active);
        flags.addClassName("admin-flags");
        detail.add(title, flags, answerTime(type), checklist(type), addItemForm(type));
    }

    /** Within how many working days requests of the type are answered (the inbox's due day); digits of either kind. */
    private Div answerTime(TypeRow type) {
        TextField days = new TextField(getTranslation("console.admin.types.answerDays"));
        days.setId("type-answer-days");
        days.setValue(String.valueOf(type.answerWorkingDays()));
        days.getElement().setAttribute("inputmode", "numeric");
        Button save = new Button(getTranslation("console.admin.types.answerSave"), click -> {
            days.setInvalid(false);
            OptionalInt typed = SettingsView.wholeNumber(days.getValue());
            if (typed.isEmpty()) {
                Facts.showAt(days, getTranslation("admin.number.invalid"));
                return;
            }
            try {
                apply(row -> types.answerWithin(row.code(), row.version(), typed.getAsInt()));
            } catch (RuntimeException failure) {
                ErrorMessages.showAt(failure, getLocale(), (key, message) ->
                        Facts.showAt(key.equals("rule.requestType.answerDays") ? days : null, message));
            }
        });
        save.setId("type-answer-save");
        Div line = new Div(days, save);
        line.addClassName("admin-line");
        return line;
    }

    private Grid<ChecklistItem> checklist(TypeRow type) {
        Grid<ChecklistItem> grid = new Grid<>();
        grid.setId("type-checklist");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ChecklistItem::labelArabic).setHeader(getTranslation("admin.types.labelArabic")).setAutoWidth(true);
        grid.addColumn(ChecklistItem::labelEnglish).setHeader(getTranslation("admin.types.labelEnglish")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation("admin.kind." + item.kind())).setHeader(getTranslation("admin.types.kind"));
        grid.addComponentColumn(item -> {
            Button toggle = new Button(getTranslation(item.isMandatory() ? "admin.types.mandatory.yes"
                    : "admin.types.mandatory.no"), click -> apply(row -> types.toggleMandatory(row.code(),
                    row.version(), item.code())));
            toggle.setId("item-mandatory-" + item.code().toLowerCase(Locale.ROOT));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, item.isMandatory() ? ButtonVariant.LUMO_PRIMARY
                    : ButtonVariant.LUMO_CONTRAST);
            return toggle;
        }).setHeader(getTranslation("admin.types.mandatory")).setAutoWidth(true);
        grid.addComponentColumn(item -> {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> apply(row -> types.moveItem(row.code(),
                    row.version(), item.code(), -1)));
            up.setId("item-up-" + item.code().toLowerCase(Locale.ROOT));
            up.setAriaLabel(getTranslation("admin.types.up"));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> apply(row -> types.moveItem(row.code(),
                    row.version(), item.code(), 1)));
            down.setId("item-down-" + item.code().toLowerCase(Locale.ROOT));
            down.setAriaLabel(getTranslation("admin.types.down"));
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return new Div(up, down);
        }).setHeader(getTranslation("admin.types.order")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(type.checklist());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div addItemForm(TypeRow type) {
        ItemFields fields = new ItemFields("item");
        Button add = new Button(getTranslation("admin.types.addItem"), VaadinIcon.PLUS.create(), click -> {
            fields.clearErrors();
            try {
                apply(row -> types.addItem(row.code(), row.version(), fields.arabic.getValue(),
                        fields.english.getValue(), fields.kind.getValue(), fields.mandatory.getValue()));
            } catch (DomainException broken) {
                fields.show(broken);
            }
        });
        add.setId("item-add");
        Div form = new Div(new H3(getTranslation("admin.types.addItem")), fields.layout(), add);
        form.addClassName("admin-form");
        return form;
    }

    private void apply(UnaryOperator<TypeRow> change) {
        TypeRow changed = change.apply(shown);
        shown = changed;
        Notification.show(getTranslation("admin.saved"), 3000, Notification.Position.TOP_CENTER);
        showList();
    }

    private void openDefine() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.types.define"));
        TextField arabic = new TextField(getTranslation("admin.types.nameArabic"));
        arabic.setId("type-name-ar");
        TextField english = new TextField(getTranslation("admin.types.nameEnglish"));
        english.setId("type-name-en");
        Checkbox committee = new Checkbox(getTranslation("admin.types.needsCommittee"));
        committee.setId("type-committee");
        Checkbox kiosk = new Checkbox(getTranslation("admin.types.offeredAtKiosk"), true);
        kiosk.setId("type-new-kiosk");
        ItemFields first = new ItemFields("first");
        Button save = new Button(getTranslation("admin.save"), click -> {
            arabic.setInvalid(false);
            english.setInvalid(false);
            first.clearErrors();
            try {
                shown = types.define(arabic.getValue(), english.getValue(), committee.getValue(), kiosk.getValue(),
                        first.arabic.getValue(), first.english.getValue(), first.kind.getValue(),
                        first.mandatory.getValue());
            } catch (DomainException broken) {
                if (broken.key().startsWith("rule.requestType")) {
                    english.setErrorMessage(Messages.of(broken, getLocale()));
                    english.setInvalid(true);
                } else {
                    first.show(broken);
                }
                return;
            }
            dialog.close();
            showList();
        });
        save.setId("type-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(arabic, english, committee, kiosk), new H3(getTranslation("admin.types.firstItem")),
                first.layout());
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), save);
        dialog.setWidth("40rem");
        dialog.open();
    }

    /** The fields of a checklist item (labels, kind, mandatory), with errors shown at the right field. */
    private final class ItemFields {
        final TextField arabic = new TextField(getTranslation("admin.types.labelArabic"));
        final TextField english = new TextField(getTranslation("admin.types.labelEnglish"));
        final Select<ItemKind> kind = new Select<>();
        final Checkbox mandatory = new Checkbox(getTranslation("admin.types.mandatory"), true);

        ItemFields(String prefix) {
            arabic.setId(prefix + "-label-ar");
            english.setId(prefix + "-label-en");
            english.setHelperText(getTranslation("admin.types.labelEnglish.hint"));
            kind.setId(prefix + "-kind");
            kind.setLabel(getTranslation("admin.types.kind"));
            kind.setItems(ItemKind.values());
            kind.setItemLabelGenerator(value -> getTranslation("admin.kind." + value));
            kind.setValue(ItemKind.FIELD);
            mandatory.setId(prefix + "-mandatory");
        }

        Div layout() {
            Div layout = new Div(arabic, english, kind, mandatory);
            layout.addClassName("admin-item-fields");
            return layout;
        }

        void clearErrors() {
            arabic.setInvalid(false);
            english.setInvalid(false);
        }

        void show(DomainException broken) {
            TextField at = broken.key().equals("rule.checklist.label") && !arabic.getValue().isBlank() ? english : arabic;
            at.setErrorMessage(Messages.of(broken, getLocale()));
            at.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.types.title") + " — " + getTranslation("console.title");
    }
}
