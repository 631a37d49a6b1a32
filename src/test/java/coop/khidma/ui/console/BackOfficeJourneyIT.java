package coop.khidma.ui.console;

import coop.khidma.support.BackOfficeCases;
import coop.khidma.support.Browser;
import coop.khidma.support.Deployments;
import coop.khidma.support.ScreenshotOnFailure;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office in Chromium: a volunteer approved and put on an opportunity that fits them; a suggestion adopted
 * and shown on the kiosk's welcome screen; an improvement item opened from a low rating and done; a service whose
 * four ratings show no figure until the kiosk gives the fifth; an article edited by staff, published by an
 * administrator and found by the kiosk's search (after a colleague's concurrent edit refused the older screen's). Each view is photographed in Arabic and in English. The records come
 * from {@link BackOfficeCases}.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class BackOfficeJourneyIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(1440, 1200);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aVolunteerIsApprovedAndPutOnAnOpportunityThatFitsThem() {
        browser.signInToConsole(root(), "staff1");
        browser.click("#menu-volunteers");
        String volunteer = idOf(cardWith("#volunteers-pending > div", BackOfficeCases.VOLUNTEER), "volunteer-");
        browser.screenshot("console-volunteers-ar");
        List<String> pending = browser.csv("#volunteers-pending-csv");
        assertThat(pending.get(0)).isEqualTo("الاسم,الجوال,تاريخ التسجيل,المهارات,الاهتمامات,الأوقات المتاحة");
        assertThat(pending).anySatisfy(line -> assertThat(line).startsWith(BackOfficeCases.VOLUNTEER + ",0551230001,")
                .contains("التصوير").contains("المهرجانات"));
        browser.press("#approve-" + volunteer);
        browser.notice("اعتُمد");
        browser.waitFor(driver -> !browser.present("#volunteer-" + volunteer));
        browser.waitFor(driver -> browser.cells("#volunteers-approved").contains(BackOfficeCases.VOLUNTEER));

        browser.type("#opportunity-title", "تصوير مهرجان نجران للتمور");
        browser.click("#opportunity-skills");
        browser.waitFor(driver -> driver.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(item -> item.getText().strip().equals("التصوير") && item.isDisplayed()).findFirst()
                .orElse(null)).click();
        browser.find("#opportunity-skills input").sendKeys(Keys.ESCAPE);
        browser.type("#opportunity-needed", "٠");
        browser.press("#opportunity-save");
        browser.waitFor(driver -> browser.find("#opportunity-needed").getDomAttribute("invalid") != null);
        browser.type("#opportunity-needed", "٢");
        browser.press("#opportunity-save");
        String opportunity = idOf(cardWith("#opportunities > div", "تصوير مهرجان نجران للتمور"), "opportunity-");
        assertThat(browser.find("#opportunity-facts-" + opportunity).getText()).contains("التصوير");
        browser.press("#assign-" + opportunity + "-" + volunteer);
        browser.waitFor(driver -> browser.find("#opportunity-facts-" + opportunity).getText()
                .contains(BackOfficeCases.VOLUNTEER));
        assertThat(browser.find("#opportunity-count-" + opportunity).getText()).isEqualTo("١ من ٢ متطوعين");
        assertThat(browser.present("#assign-" + opportunity + "-" + volunteer)).isFalse();
        browser.screenshot("console-volunteers-matched-ar");
        List<String> approved = browser.csv("#volunteers-csv");
        assertThat(approved.get(0)).isEqualTo("الاسم,الجوال,المهارات,الأوقات المتاحة");
        assertThat(approved).anySatisfy(line -> assertThat(line).startsWith(BackOfficeCases.VOLUNTEER + ",0551230001,")
                .contains("التصوير"));
        List<String> planned = browser.csv("#opportunities-csv");
        assertThat(planned.get(0)).isEqualTo("ما يُحتاج إليه المتطوعون,اليوم,الفترة,المهارات المفيدة,عدد المتطوعين,"
                + "المتطوعون المشاركون");
        assertThat(planned).anySatisfy(line -> assertThat(line).startsWith("تصوير مهرجان نجران للتمور,")
                .contains(",التصوير,2,").endsWith("," + BackOfficeCases.VOLUNTEER));

        browser.switchLanguage("Volunteers", "h2");
        assertThat(browser.find("#opportunity-facts-" + opportunity).getText()).contains("Photography");
        browser.screenshot("console-volunteers-en");
    }

    @Test
    void anAdoptedSuggestionIsShownOnTheKioskWelcomeScreen() {
        browser.signInToConsole(root(), "supervisor1");
        browser.click("#menu-satisfaction");
        String suggestion = idOf(cardWith("#suggestions > div", BackOfficeCases.SUGGESTION), "suggestion-");
        List<String> received = browser.csv("#suggestions-csv");
        assertThat(received.get(0)).isEqualTo("الحالة,الخدمة,تاريخ الاستلام,نص الاقتراح,قلتم,الرد المعلن");
        assertThat(received).anySatisfy(line -> assertThat(line).startsWith("مستلم,الاستقبال والمكتب,")
                .endsWith("," + BackOfficeCases.SUGGESTION + ",,"));
        browser.press("#study-" + suggestion);
        browser.waitFor(driver -> browser.find("#suggestion-state-" + suggestion).getText().equals("قيد الدراسة"));
        browser.type("#said-ar-" + suggestion, "مظلات ومقاعد عند المدخل");
        browser.type("#said-en-" + suggestion, "Shade and seats at the entrance");
        browser.type("#answer-ar-" + suggestion, "ركّبنا مظلة وستة مقاعد عند مدخل المقر");
        browser.type("#answer-en-" + suggestion, "We put up a shade and six seats at the entrance");
        browser.press("#adopt-" + suggestion);
        browser.waitFor(driver -> !browser.present("#suggestion-" + suggestion));

        browser.newSession();
        browser.open(root());
        assertThat(browser.find("#improvements").getText()).contains("مظلات ومقاعد عند المدخل")
                .contains("ركّبنا مظلة وستة مقاعد");
        browser.screenshot("kiosk-welcome-you-said-we-did-ar");
    }

    @Test
    void aLowRatingOpensAnImprovementItemThatIsThenDone() {
        browser.signInToConsole(root(), "director1");
        browser.open(root() + "console/satisfaction");
        choose("#satisfaction-service", "طلبات العضوية والتسجيل");
        browser.press("#satisfaction-show");
        WebElement low = cardWith("#low-ratings > div", BackOfficeCases.LOW_COMMENT);
        String rating = idOf(low, "low-rating-");
        assertThat(low.getText()).doesNotContain("staff1").doesNotContain("موظف");
        browser.screenshot("console-satisfaction-ar");
        List<String> figures = browser.csv("#satisfaction-figures-csv");
        assertThat(figures.get(0)).isEqualTo("من,إلى,الخدمة,القناة,عدد التقييمات,المتوسط (١–٥),التقييمات لكل درجة");
        assertThat(figures).anySatisfy(line -> assertThat(line).contains(",طلبات العضوية والتسجيل,جهاز الخدمة الذاتية,"));
        assertThat(figures).allSatisfy(line -> assertThat(line).doesNotContain("staff1"));
        List<String> trend = browser.csv("#satisfaction-trend-csv");
        assertThat(trend.get(0)).isEqualTo(
                "الفترة من,عدد التقييمات,المتوسط (١–٥),التذاكر المنادى عليها,متوسط الانتظار (بالدقائق)");
        assertThat(trend).hasSizeGreaterThan(1);
        List<String> lows = browser.csv("#satisfaction-low-csv");
        assertThat(lows.get(0)).isEqualTo("الخدمة,القناة,الدرجة,التعليقات");
        assertThat(lows).contains("طلبات العضوية والتسجيل,جهاز الخدمة الذاتية,1," + BackOfficeCases.LOW_COMMENT,
                "طلبات العضوية والتسجيل,جهاز الخدمة الذاتية,2,(بلا تعليق)");
        List<String> comments = browser.csv("#satisfaction-comments-csv");
        assertThat(comments).startsWith("الخدمة,التعليقات")
                .contains("طلبات العضوية والتسجيل," + BackOfficeCases.LOW_COMMENT);
        browser.press("#improve-rating-" + rating);
        assertThat(browser.find("#improvement-problem textarea").getAttribute("value"))
                .isEqualTo(BackOfficeCases.LOW_COMMENT);
        browser.type("#improvement-root-cause", "لا توجد قائمة مطبوعة بالمستندات عند الاستقبال");
        browser.click("#improvement-save");
        browser.waitFor(driver -> browser.find("#improvement-action").getDomAttribute("invalid") != null);
        browser.type("#improvement-action", "قائمة مستندات مطبوعة لكل نوع طلب على الكاونتر");
        browser.click("#improvement-save");
        String item = idOf(cardWith("#improvements > div", "لا توجد قائمة مطبوعة"), "improvement-");
        assertThat(browser.find("#improvement-" + item).getText()).contains("موظفو علاقات المساهمين");
        browser.press("#improvement-done-" + item);
        browser.waitFor(driver -> browser.find("#improvement-state-" + item).getText().equals("منجز"));
        browser.screenshot("console-improvement-done-ar");
        List<String> items = browser.csv("#improvements-csv");
        assertThat(items.get(0)).startsWith("الحالة,الخدمة,مصدر البند,المشكلة,السبب الجذري,الإجراء,الدور المسؤول,");
        assertThat(items).anySatisfy(line -> assertThat(line).startsWith("منجز,طلبات العضوية والتسجيل,من تقييم منخفض,"
                + BackOfficeCases.LOW_COMMENT + ",لا توجد قائمة مطبوعة بالمستندات عند الاستقبال,")
                .contains(",موظفو علاقات المساهمين,"));

        browser.switchLanguage("Satisfaction and suggestions", "h2");
        assertThat(browser.find("#improvement-state-" + item).getText()).isEqualTo("Done");
        browser.screenshot("console-satisfaction-en");
    }

    @Test
    void aServiceShowsNoFigureWithFourRatingsAndShowsItWithFive() {
        browser.signInToConsole(root(), "supervisor1");
        browser.open(root() + "console/satisfaction");
        choose("#satisfaction-service", "الإجابة عن الاستفسارات");
        day("#satisfaction-from", "2026-11-03"); // BackOfficeCases.FOUR_ON: four ratings that day
        day("#satisfaction-to", "2026-11-03");
        browser.press("#satisfaction-show");
        browser.find("#service-withheld");
        assertThat(browser.cells("#satisfaction-figures")).contains("لا تُعرض").doesNotContain("4.00");
        browser.screenshot("console-satisfaction-withheld-ar");
        assertThat(browser.csv("#satisfaction-figures-csv")).anySatisfy(line -> assertThat(line)
                .contains(",الإجابة عن الاستفسارات,جهاز الخدمة الذاتية,أقل من ٥: لا تُعرض,—,—"));
        assertThat(browser.present("#satisfaction-low-csv")).isFalse();

        day("#satisfaction-to", "2026-11-04"); // BackOfficeCases.FIFTH_ON: the fifth, a 5
        browser.press("#satisfaction-show");
        browser.find("#low-ratings");
        browser.waitFor(driver -> browser.cells("#satisfaction-figures").contains("4.20"));
        assertThat(browser.present("#service-withheld")).isFalse();
        assertThat(browser.find("#trend-score").getAttribute("innerHTML")).contains("4.20");
        browser.screenshot("console-satisfaction-shown-ar");
    }

    private static void day(String pickerCss, String isoDay) {
        browser.type(pickerCss, isoDay);
        browser.find(pickerCss + " input").sendKeys(Keys.ENTER);
    }

    @Test
    void anArticleEditedByStaffAndPublishedByAnAdministratorIsFoundAtTheKiosk() {
        browser.signInToConsole(root(), "staff1");
        browser.click("#menu-knowledge");
        openArticle(browser);
        try (Browser colleague = new Browser(1440, 1200)) {
            colleague.signInToConsole(root(), "staff1");
            colleague.click("#menu-knowledge");
            openArticle(colleague);
            colleague.type("#article-title-en", "Is the office accessible to everyone?");
            colleague.press("#article-save");
            colleague.notice(BackOfficeCases.ARTICLE);
        }
        browser.type("#article-title-ar", "هل المقر مهيأ لذوي الإعاقة وكبار السن؟");
        browser.press("#article-save");
        browser.notice("عدّل شخص آخر");
        assertThat(browser.find("#article-title-ar input").getAttribute("value")).contains("وكبار السن");
        browser.open(root() + "console/knowledge");
        openArticle(browser);
        assertThat(browser.find("#article-title-en input").getAttribute("value")).contains("to everyone");
        browser.type("#article-body-ar", "نعم، المقر مهيأ بمنحدر عند المدخل ومصعد، ويستقبلكم الموظف في الدور الأرضي.\n\n"
                + "- موقف مخصص قرب الباب\n- كرسي متحرك عند الطلب");
        browser.type("#article-body-en", "Yes: there is a ramp at the entrance and a lift.\n\n"
                + "- A reserved space by the door\n- A wheelchair on request");
        browser.press("#article-preview-button");
        browser.waitFor(driver -> driver.findElement(By.id("article-preview-ar")).getText().contains("بمنحدر"));
        browser.waitFor(driver -> driver.findElements(By.cssSelector("#article-preview-ar li")).size() == 2);
        assertThat(browser.attribute("#article-preview-en", "dir")).isEqualTo("ltr");
        browser.press("#article-save");
        browser.notice(BackOfficeCases.ARTICLE);
        browser.screenshot("console-knowledge-ar");
        browser.switchLanguage("Knowledge base", "h2");
        browser.find("#article-form");
        browser.screenshot("console-knowledge-en");

        browser.signInToConsole(root(), "admin1");
        browser.click("#menu-knowledge");
        assertThat(browser.present("#article-form")).isFalse();
        openArticle(browser);
        assertThat(browser.find("#article-state").getText()).isEqualTo("مسودة");
        browser.press("#article-publish");
        browser.waitFor(driver -> browser.find("#article-state").getText().equals("منشور"));
        browser.screenshot("console-knowledge-published-ar");
        List<String> shelf = browser.csv("#articles-csv");
        assertThat(shelf.get(0)).isEqualTo("الرمز,الرف,العنوان (بالعربية),العنوان (بالإنجليزية),من يقرؤه,"
                + "أنواع الطلبات التي يتعلق بها,الحالة");
        assertThat(shelf).contains(BackOfficeCases.ARTICLE + ",الأسئلة الشائعة,هل المقر مهيأ لذوي الإعاقة؟,"
                + "Is the office accessible to everyone?,الجميع (جهاز الخدمة الذاتية والموقع),,منشور");

        // the bylaws as the real document: a file named .pdf that is none is refused by its bytes; a PDF is published
        browser.chooseFile("#bylaws-upload-field", file(".pdf", "<html>not the bylaws</html>"));
        browser.waitFor(driver -> browser.find("#bylaws-upload-error").getText()
                .equals("لا يُنشر بوصفه اللائحة الأساسية إلا ملف PDF؛ وهذا الملف ليس PDF."));
        browser.chooseFile("#bylaws-upload-field", file(".pdf", "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"));
        browser.notice("من اللائحة الأساسية.");
        assertThat(browser.find("#bylaws-edition").getText()).startsWith("الإصدار ");
        browser.screenshot("console-bylaws-published-ar");

        browser.newSession();
        browser.open(root() + "kiosk/information/BYLAWS");
        browser.click("#bylaws-document-entry");
        assertThat(browser.find("#bylaws-edition").getText()).startsWith("الإصدار ");
        assertThat(browser.attribute("#bylaws-pdf", "src")).isNotBlank();
        browser.find("#bylaws-print");
        browser.screenshot("kiosk-bylaws-document-ar");

        browser.open(root() + "kiosk/information");
        browser.type("#info-search", "منحدر");
        browser.click("#info-search-go");
        browser.waitFor(driver -> { // the results are drawn again as the search answers
            driver.findElement(By.id("article-" + BackOfficeCases.ARTICLE)).click();
            return true;
        });
        assertThat(browser.find("#article-body").getText()).contains("بمنحدر");
    }

    /** A file of the given ending and text, to choose in an upload. */
    private static Path file(String ending, String text) {
        try {
            Path file = Files.createTempFile("khidma-", ending);
            Files.writeString(file, text, StandardCharsets.ISO_8859_1);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's address, ending in a slash whichever way the container reported it. */
    private String root() {
        String address = base.toString();
        return address.endsWith("/") ? address : address + "/";
    }

    private static void openArticle(Browser session) {
        WebElement cell = session.gridCell("#articles", BackOfficeCases.ARTICLE); // other tests add articles too
        ((JavascriptExecutor) session.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", cell);
        session.waitFor(driver -> session.find("#article-publishing").getText().contains(BackOfficeCases.ARTICLE));
    }

    /** Waits for the card among the selector's matches whose text holds the fragment. */
    private static WebElement cardWith(String css, String fragment) {
        return browser.waitFor(driver -> driver.findElements(By.cssSelector(css)).stream()
                .filter(card -> card.getText().contains(fragment)).findFirst().orElse(null));
    }

    private static String idOf(WebElement card, String prefix) {
        String id = card.getDomAttribute("id");
        assertThat(id).startsWith(prefix);
        return id.substring(prefix.length());
    }

    /** Picks an item of a Vaadin select by its label. */
    private static void choose(String selectCss, String label) {
        browser.click(selectCss);
        browser.waitFor(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().strip().equals(label) && item.isDisplayed()).findFirst()
                .orElse(null)).click();
        browser.waitFor(driver -> browser.find(selectCss).getText().contains(label));
    }
}
