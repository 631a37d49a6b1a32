package coop.khidma.api;

import coop.khidma.api.StrictJson.Refusal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's bodies read as strictly as its contract: no key twice, no fraction for a count, nothing hidden. */
class StrictJsonTest {

    @Test
    void theFormsWholeNumbersAreKnownFromTheFormsThemselves() {
        assertThat(StrictJson.WHOLE_NUMBERS).contains("shares", "score");
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefusedNamingTheField() {
        assertThat(check("{\"nationalId\":\"1000000008\",\"shares\":10.5}"))
                .contains(new Refusal(400, "rule.number.whole", "shares"));
        assertThat(check("{\"service\":\"RECEPTION\",\"score\":3.5}"))
                .contains(new Refusal(400, "rule.number.whole", "score"));
        assertThat(check("{\"shares\":10}")).isEmpty();
        assertThat(check("{\"shares\":1e1}")).as("ten, written otherwise").isEmpty();
        assertThat(check("{\"shares\":10.0}")).as("ten, nothing cut").isEmpty();
        assertThat(check("{\"shares\":1.05e1}")).contains(new Refusal(400, "rule.number.whole", "shares"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedWhereverItIs() {
        assertThat(check("{\"name\":\"سعيد\",\"mobile\":\"0501112233\",\"name\":\"admin\"}"))
                .contains(new Refusal(400, "rule.json.duplicateKey", "name"));
        assertThat(check("{\"a\":{\"x\":1},\"b\":{\"x\":2}}")).as("the same key in two objects").isEmpty();
        assertThat(check("[1.5, \"x\", {\"shares\": 2}]")).as("a top-level array is JSON-B's to refuse").isEmpty();
    }

    @Test
    void hiddenCharactersAreRefusedAtTheirFieldLineBreaksOnlyInLongTexts() {
        assertThat(check("{\"name\":\"\\u202Eادمن\"}")).contains(new Refusal(422, "rule.text.bidi", "name"));
        assertThat(check("{\"name\":\"سعيد\\u0000\"}")).contains(new Refusal(422, "rule.text.control", "name"));
        assertThat(check("{\"name\":\"سعيد\\nعلي\"}")).contains(new Refusal(422, "rule.text.control", "name"));
        assertThat(check("{\"details\":\"السطر الأول\\nالسطر الثاني\"}")).isEmpty();
    }

    @Test
    void aValueOfTheWrongKindIsRefusedNamingTheFieldWhereJsonbWouldNameNothing() {
        assertThat(check("{\"mobile\":501112233}")).contains(new Refusal(400, "rule.json.wrongKind", "mobile"));
        assertThat(check("{\"name\":{\"first\":\"سعيد\"}}")).contains(new Refusal(400, "rule.json.wrongKind", "name"));
        assertThat(check("{\"shares\":\"عشرة\"}")).contains(new Refusal(400, "rule.json.wrongKind", "shares"));
        assertThat(check("{\"score\":[4]}")).contains(new Refusal(400, "rule.json.wrongKind", "score"));
        assertThat(check("{\"wantsReply\":\"yes\"}")).contains(new Refusal(400, "rule.json.wrongKind", "wantsReply"));
        assertThat(check("{\"wantsReply\":null}")).as("a yes/no the form cannot leave empty")
                .contains(new Refusal(400, "rule.json.wrongKind", "wantsReply"));
        assertThat(check("{\"privacyNoticeAccepted\":1}"))
                .contains(new Refusal(400, "rule.json.wrongKind", "privacyNoticeAccepted"));
        assertThat(check("{\"shares\":null,\"email\":null,\"privacyNoticeAccepted\":null}"))
                .as("an empty value is the rules' to judge").isEmpty();
        assertThat(check("{\"extra\":{\"mobile\":5}}")).as("only the form's own fields").isEmpty();
    }

    @Test
    void aWholeNumberBeyondWhatTheFormHoldsIsRefusedNamingTheField() {
        assertThat(check("{\"shares\":2147483648}")).contains(new Refusal(400, "rule.number.range", "shares"));
        assertThat(check("{\"score\":-1e30}")).contains(new Refusal(400, "rule.number.range", "score"));
        assertThat(check("{\"shares\":2147483647}")).isEmpty();
    }

    private static Optional<Refusal> check(String json) {
        return StrictJson.check(json.getBytes(StandardCharsets.UTF_8));
    }
}
