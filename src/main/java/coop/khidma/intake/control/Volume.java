package coop.khidma.intake.control;

import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.time.DayRange;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Report 1 of the board's reports: how many requests came in a period by channel, type and outcome, each beside the
 * period before ({@link DayRange#previous()}); the totals per channel (every channel, used or not, in the policy's
 * order) and in all. A line that had requests only in the period before is kept, with none now.
 */
public record Volume(DayRange period, DayRange previous, List<VolumeRow> rows, List<ChannelVolume> channels,
                     PeriodChange total) {

    /** One count as the database returns it: requests of a type by a channel standing in a status now. */
    public record Count(Channel channel, String typeCode, RequestStatus status, long requests) {
    }

    private record Key(Channel channel, String typeCode, Outcome outcome) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::channel).thenComparing(Key::typeCode)
            .thenComparing(Key::outcome);

    public static Volume of(DayRange period, List<Count> now, List<Count> before) {
        Map<Key, long[]> lines = new TreeMap<>(ORDER);
        add(lines, now, 0);
        add(lines, before, 1);
        Map<Channel, long[]> channels = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            channels.put(channel, new long[2]);
        }
        long[] total = new long[2];
        List<VolumeRow> rows = lines.entrySet().stream().map(line -> {
            long[] counts = line.getValue();
            for (int i = 0; i < 2; i++) {
                channels.get(line.getKey().channel())[i] += counts[i];
                total[i] += counts[i];
            }
            return new VolumeRow(line.getKey().channel(), line.getKey().typeCode(), line.getKey().outcome(),
                    PeriodChange.between(counts[0], counts[1]));
        }).toList();
        return new Volume(period, period.previous(), rows, channels.entrySet().stream()
                .map(channel -> new ChannelVolume(channel.getKey(),
                        PeriodChange.between(channel.getValue()[0], channel.getValue()[1])))
                .toList(), PeriodChange.between(total[0], total[1]));
    }

    private static void add(Map<Key, long[]> lines, List<Count> counts, int column) {
        for (Count count : counts) {
            lines.computeIfAbsent(new Key(count.channel(), count.typeCode(), Outcome.of(count.status())),
                    key -> new long[2])[column] += count.requests();
        }
    }
}
