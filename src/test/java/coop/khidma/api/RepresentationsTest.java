package coop.khidma.api;

import coop.khidma.api.Representations.ReferralAnswered;
import coop.khidma.api.Representations.TrackingStatus;
import coop.khidma.intake.boundary.KioskRequests.PublicStatus;
import coop.khidma.intake.entity.RequestStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RepresentationsTest {

    @Test
    void theWebsiteTrackingSaysWhenTheHigherAuthorityAnsweredHijriBesideGregorianNeverWho() {
        // Thursday 3 December 2026, 23:30 in Riyadh: still the 3rd there although UTC says 20:30
        Instant answered = Instant.parse("2026-12-03T20:30:00Z");
        TrackingStatus status = TrackingStatus.of(new PublicStatus("2026-000042", "COMPLAINT", RequestStatus.VERIFIED,
                Instant.parse("2026-11-25T07:15:30Z"), Optional.empty(), List.of(), Optional.of(answered)), Optional.empty());

        assertThat(status.referralAnswered()).isEqualTo(new ReferralAnswered(answered,
                "٢٣ جمادى الآخرة ١٤٤٨ هـ — ٣ ديسمبر ٢٠٢٦ م", "23 Jumada al-Akhirah 1448 AH — 3 December 2026"));
        assertThat(ReferralAnswered.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("answeredAt", "dateArabic", "dateEnglish");
    }

    @Test
    void aRequestNeverReferredOrStillWaitingSaysNothingOfAnAnswer() {
        TrackingStatus status = TrackingStatus.of(new PublicStatus("2026-000043", "COMPLAINT", RequestStatus.VERIFIED,
                Instant.parse("2026-11-25T07:15:30Z"), Optional.of("SUPERVISOR"), List.of()), Optional.empty());

        assertThat(status.referralAnswered()).isNull();
        assertThat(status.escalatedTo()).isEqualTo("SUPERVISOR");
    }
}
