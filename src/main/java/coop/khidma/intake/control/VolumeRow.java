package coop.khidma.intake.control;

import coop.khidma.intake.entity.Channel;

/** The requests of one type that came by one channel and ended one way, in a period and in the one before. */
public record VolumeRow(Channel channel, String typeCode, Outcome outcome, PeriodChange change) {
}
