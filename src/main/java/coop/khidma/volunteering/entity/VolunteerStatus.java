package coop.khidma.volunteering.entity;

/** A sign-up waits for staff review, then is approved or declined. */
public enum VolunteerStatus {
    PENDING,
    APPROVED,
    DECLINED
}
