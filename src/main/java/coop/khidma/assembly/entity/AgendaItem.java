package coop.khidma.assembly.entity;

import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * One item of a meeting's agenda, part of its {@link GeneralAssembly}: its place in the order, its title and
 * explanatory note in Arabic and English, and how it is decided. Named {@code AssemblyAgendaItem} in queries (the
 * research committee has agenda items of its own).
 */
@Entity(name = "AssemblyAgendaItem")
@Table(name = "assembly_agenda_item")
public class AgendaItem {

    public static final int TITLE_MAX = 300;
    public static final int NOTE_MAX = 2000;

    /** What an item says, in both languages; the note may be empty. */
    public record Text(String titleArabic, String titleEnglish, String noteArabic, String noteEnglish) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assembly_id", nullable = false)
    private GeneralAssembly assembly;

    @Column(nullable = false)
    private int position;

    @Column(name = "title_ar", nullable = false, length = TITLE_MAX)
    private String titleArabic;

    @Column(name = "title_en", nullable = false, length = TITLE_MAX)
    private String titleEnglish;

    @Column(name = "note_ar", length = NOTE_MAX)
    private String noteArabic;

    @Column(name = "note_en", length = NOTE_MAX)
    private String noteEnglish;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_rule", nullable = false, length = 20)
    private DecisionRule decisionRule;

    protected AgendaItem() {
        // for the persistence provider only
    }

    static AgendaItem of(GeneralAssembly assembly, int position, Text text, DecisionRule rule) {
        AgendaItem item = new AgendaItem();
        item.assembly = assembly;
        item.position = position;
        item.revise(text, rule);
        return item;
    }

    /**
     * Both titles required (at most {@value #TITLE_MAX}), notes optional (at most {@value #NOTE_MAX}), a rule. Breaks
     * {@code rule.agenda.title}, {@code rule.agenda.note} or {@code rule.agenda.ruleRequired}.
     */
    void revise(Text text, DecisionRule rule) {
        if (text == null) {
            throw new DomainException("rule.agenda.title", TITLE_MAX);
        }
        String titleAr = title(text.titleArabic());
        String titleEn = title(text.titleEnglish());
        String noteAr = note(text.noteArabic());
        String noteEn = note(text.noteEnglish());
        if (rule == null) {
            throw new DomainException("rule.agenda.ruleRequired");
        }
        titleArabic = titleAr;
        titleEnglish = titleEn;
        noteArabic = noteAr;
        noteEnglish = noteEn;
        decisionRule = rule;
    }

    void placeAt(int newPosition) {
        position = newPosition;
    }

    private static String title(String typed) {
        String trimmed = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty() || trimmed.length() > TITLE_MAX) {
            throw new DomainException("rule.agenda.title", TITLE_MAX);
        }
        return trimmed;
    }

    private static String note(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        if (trimmed.length() > NOTE_MAX) {
            throw new DomainException("rule.agenda.note", NOTE_MAX);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    public Long id() { return id; }
    public GeneralAssembly assembly() { return assembly; }
    public int position() { return position; }
    public String titleArabic() { return titleArabic; }
    public String titleEnglish() { return titleEnglish; }
    public String noteArabic() { return noteArabic; }
    public String noteEnglish() { return noteEnglish; }
    public DecisionRule decisionRule() { return decisionRule; }

    /** Whether the item is voted on (majority or two thirds) rather than only presented. */
    public boolean isVoted() {
        return decisionRule != DecisionRule.INFORMATION_ONLY;
    }

    @Override
    public String toString() {
        return position + ". " + Objects.toString(titleEnglish, "");
    }
}
