package coop.khidma.assembly.entity;

/** How an agenda item is decided: a simple majority, two thirds, or no vote (the assembly is informed). */
public enum DecisionRule {
    MAJORITY,
    TWO_THIRDS,
    INFORMATION_ONLY
}
