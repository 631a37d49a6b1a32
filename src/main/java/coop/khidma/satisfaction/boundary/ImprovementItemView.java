package coop.khidma.satisfaction.boundary;

import coop.khidma.satisfaction.entity.ImprovementItem;
import coop.khidma.satisfaction.entity.ImprovementSource;
import coop.khidma.satisfaction.entity.RatedService;

import java.time.LocalDate;

/** An improvement item as the satisfaction screen lists it (owned by a role; whoever opened it is not shown). */
public record ImprovementItemView(long id, ImprovementSource source, RatedService service, String problem,
                                  String rootCause, String action, String ownerRole, LocalDate dueOn,
                                  LocalDate doneOn, boolean late, long version) {

    static ImprovementItemView of(ImprovementItem item, LocalDate today) {
        return new ImprovementItemView(item.id(), item.source(), item.service(), item.problem(), item.rootCause(),
                item.action(), item.ownerRole(), item.dueOn(), item.doneOn(), item.isLate(today), item.version());
    }
}
