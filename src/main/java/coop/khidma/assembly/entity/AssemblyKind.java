package coop.khidma.assembly.entity;

/** An ordinary General Assembly (the yearly one) or an extraordinary one (bylaws amendments, dissolution…). */
public enum AssemblyKind {
    ORDINARY,
    EXTRAORDINARY
}
