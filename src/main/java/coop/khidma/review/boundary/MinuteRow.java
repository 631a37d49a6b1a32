package coop.khidma.review.boundary;

import coop.khidma.review.entity.Decision;

import java.time.Instant;

/** One decision of the committee as its meeting minutes record it: which request, what was decided, why, by whom. */
public record MinuteRow(String reference, String typeCode, Decision decision, String reasonArabic,
                        String reasonEnglish, String decidedBy, Instant decidedAt) {
}
