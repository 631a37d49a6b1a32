package coop.khidma.intake.control;

import coop.khidma.intake.entity.RequestStatus;

import java.util.List;

/**
 * The open requests standing in one stage (or, with no stage, in all of them), counted by how long they have waited:
 * one count per {@link AgeBucket}, in its order, and their sum.
 */
public record AgeingRow(RequestStatus stage, List<Long> buckets, long total) {
}
