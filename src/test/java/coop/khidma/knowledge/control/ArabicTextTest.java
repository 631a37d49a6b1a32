package coop.khidma.knowledge.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicTextTest {

    @Test
    void tashkeelAndTatweelAreIgnored() {
        assertThat(ArabicText.fold("العُضْوِيَّةُ")).isEqualTo("العضويه");
        assertThat(ArabicText.fold("اللـــائحة")).isEqualTo(ArabicText.fold("اللائحة"));
        assertThat(ArabicText.matches("كيف أتقدّم بطلب عضويةٍ؟", "عضوية")).isTrue();
        assertThat(ArabicText.matches("كيف أتقدم بطلب عضوية؟", "العُضْوِيَّة")).isFalse(); // the article is not in the text
        assertThat(ArabicText.matches("طلب العضوية", "العُضْوِيَّة")).isTrue();
    }

    @Test
    void everyAlefWithHamzaOrMaddaIsABareAlef() {
        assertThat(ArabicText.fold("أإآٱا")).isEqualTo("ااااا");
        assertThat(ArabicText.matches("الأسئلة الشائعة", "الاسئله")).isTrue();
        assertThat(ArabicText.matches("إقرار موقّع", "اقرار")).isTrue();
        assertThat(ArabicText.matches("آراء المستفيدين", "اراء")).isTrue();
    }

    @Test
    void hamzaOnItsCarriersYaAndTaMarbutaAreFolded() {
        assertThat(ArabicText.fold("مسؤول")).isEqualTo("مسوول");
        assertThat(ArabicText.fold("الهيئة")).isEqualTo("الهييه");
        assertThat(ArabicText.matches("مدة لا تقل عن أسبوعين", "مده")).isTrue();
        assertThat(ArabicText.matches("المستوى الأعلى", "المستوي")).isTrue();
        assertThat(ArabicText.matches("على", "علی")).isTrue(); // Persian ya typed on some keyboards
    }

    @Test
    void englishIsCaseInsensitiveAndDigitsAreOneForm() {
        assertThat(ArabicText.matches("The Research Committee", "research COMMITTEE")).isTrue();
        assertThat(ArabicText.matches("within 14 days", "١٤")).isTrue();
    }

    @Test
    void everyWordOfTheQueryMustAppear() {
        assertThat(ArabicText.matches("كيف أتابع طلبي بعد تقديمه؟", "متابعة طلب")).isFalse();
        assertThat(ArabicText.matches("كيف أتابع طلبي بعد تقديمه؟", "اتابع  طلبي")).isTrue();
        assertThat(ArabicText.words("  ،؟ ")).isEmpty();
        assertThat(ArabicText.matches("anything", "   ")).isFalse();
        assertThat(ArabicText.matches(null, "x")).isFalse();
    }
}
