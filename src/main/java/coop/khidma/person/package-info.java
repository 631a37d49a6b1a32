/**
 * The values about a person that every component dealing with members and visitors shares: the name, the national
 * ID, the Saudi mobile number and the e-mail address, each checked when it is typed. A shared kernel: it imports only
 * {@code coop.khidma.platform.i18n}, Jakarta and the JDK, never a business component. Serves the policy's "match the
 * data and confirm its validity at the time of submission" and its preamble, the rights of every party: a person is
 * recognised by the same rules at the kiosk, the console and the website.
 */
package coop.khidma.person;
