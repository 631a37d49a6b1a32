package coop.khidma.membership.boundary;

/**
 * A member who held shares on a given day, as the share register's movements up to that day add up: their record's
 * id, their membership number, their names and the shares they held.
 */
public record Holding(Long memberId, String membershipNumber, String nameArabic, String nameLatin, Long shares) {
}
