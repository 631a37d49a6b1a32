/**
 * Member service requests (طلب خدمة عضو) and what they carry. Policy, "How members are dealt with" clause 2: the
 * member provides all the required information and the employee confirms it at submission.
 */
package coop.khidma.intake.entity;
