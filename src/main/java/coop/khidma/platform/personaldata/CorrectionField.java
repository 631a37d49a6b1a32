package coop.khidma.platform.personaldata;

/** What a correction may change in everything held about the person. */
public enum CorrectionField {
    NAME_ARABIC, NAME_LATIN, MOBILE, EMAIL, CITY
}
