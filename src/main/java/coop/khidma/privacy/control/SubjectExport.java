package coop.khidma.privacy.control;

import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.personaldata.PersonalRecords.Bilingual;
import coop.khidma.platform.personaldata.PersonalRecords.Entry;
import coop.khidma.platform.personaldata.PersonalRecords.Field;
import coop.khidma.platform.personaldata.PersonalRecords.Key;
import coop.khidma.platform.personaldata.PersonalRecords.Section;
import coop.khidma.platform.time.HijriDates;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Everything the association holds about one person, as a page they can read and print: one self-contained UTF-8
 * HTML file, first in Arabic (right to left), then the same in English, dates in Hijri beside Gregorian, from the
 * {@link Section}s each component returns. Labels come from the {@code privacy} bundles; values are the data as
 * stored. Nothing is fetched from elsewhere when it is opened (no scripts, no links), so it reads the same offline
 * years later.
 */
public final class SubjectExport {

    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SubjectExport() {
    }

    /** The whole page. */
    public static String html(String reference, Instant generatedAt, List<Section> sections) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n"
                + "<meta charset=\"UTF-8\">\n<title>")
                .append(escape(Messages.get(ARABIC, "privacy.export.title")))
                .append(" / ").append(escape(Messages.get(ENGLISH, "privacy.export.title"))).append("</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2rem;line-height:1.5}section{margin-block-end:3rem}"
                        + "table{border-collapse:collapse;margin-block-end:1rem;width:100%}th,td{border:1px solid #999;"
                        + "padding:.3rem .5rem;text-align:start;vertical-align:top}th{width:30%;background:#f2f2f2}"
                        + "@media print{section{break-after:page}}</style>\n</head>\n<body>\n");
        for (Locale locale : List.of(ARABIC, ENGLISH)) {
            page.append(part(locale, reference, generatedAt, sections));
        }
        return page.append("</body>\n</html>\n").toString();
    }

    public static byte[] bytes(String reference, Instant generatedAt, List<Section> sections) {
        return html(reference, generatedAt, sections).getBytes(StandardCharsets.UTF_8);
    }

    private static String part(Locale locale, String reference, Instant generatedAt, List<Section> sections) {
        boolean arabic = locale == ARABIC;
        StringBuilder part = new StringBuilder("<section lang=\"").append(arabic ? "ar" : "en")
                .append("\" dir=\"").append(arabic ? "rtl" : "ltr").append("\">\n<h1>")
                .append(escape(Messages.get(locale, "privacy.export.title"))).append("</h1>\n<p>")
                .append(escape(Messages.get(locale, "privacy.export.intro", reference, when(generatedAt, locale))))
                .append("</p>\n");
        for (Section section : sections) {
            part.append("<h2>").append(escape(Messages.get(locale, section.titleKey()))).append("</h2>\n");
            if (section.entries().isEmpty()) {
                part.append("<p>").append(escape(Messages.get(locale, section.noneKey()))).append("</p>\n");
            }
            for (Entry entry : section.entries()) {
                part.append("<h3>").append(escape(entry.title())).append("</h3>\n<table>\n");
                for (Field field : entry.fields()) {
                    part.append("<tr><th>").append(escape(Messages.get(locale, field.labelKey()))).append("</th><td>")
                            .append(escape(value(field.value(), locale))).append("</td></tr>\n");
                }
                part.append("</table>\n");
            }
        }
        part.append("<p>").append(escape(Messages.get(locale, "privacy.export.ratings"))).append("</p>\n<p>")
                .append(escape(Messages.get(locale, "privacy.export.rights"))).append("</p>\n</section>\n");
        return part.toString();
    }

    static String value(Object value, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Instant instant) {
            return when(instant, locale);
        }
        if (value instanceof Key key) {
            return Messages.get(locale, key.key());
        }
        if (value instanceof Bilingual text) {
            return locale == ARABIC ? text.arabic() : text.english();
        }
        return value.toString();
    }

    /** Hijri beside Gregorian, and the Riyadh time of day. */
    static String when(Instant instant, Locale locale) {
        ZonedDateTime riyadh = instant.atZone(HijriDates.RIYADH);
        return HijriDates.both(riyadh.toLocalDate(), locale) + " " + TIME.format(riyadh);
    }

    /** HTML text escaping: the data is shown, never interpreted. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
