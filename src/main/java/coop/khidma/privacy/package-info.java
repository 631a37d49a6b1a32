/**
 * Privacy duties under the Saudi Personal Data Protection Law (PDPL, نظام حماية البيانات الشخصية): a retention period
 * per category of personal data and a daily purge that anonymises what is older while the statistics keep adding up;
 * the data subject's rights (a readable copy of everything held about them, correction, erasure) as ordinary member
 * service requests, filed and verified like any other; and the administrators' log of personal-data breaches with the
 * 72-hour notification clock. Serves the policy's preamble: the association's policies "guarantee the rights of the
 * association and of all these parties" — members, supporters, volunteers and others.
 */
package coop.khidma.privacy;
