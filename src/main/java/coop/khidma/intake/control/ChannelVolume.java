package coop.khidma.intake.control;

import coop.khidma.intake.entity.Channel;

/** All the requests that came by one channel, in a period and in the one before. */
public record ChannelVolume(Channel channel, PeriodChange change) {
}
