/**
 * The values about a person that every component dealing with members and visitors shares: the name (in any script,
 * or in Arabic or Latin letters where asked), the national ID, the Saudi mobile number, the e-mail address and the
 * city, each checked when it is typed. A shared kernel: it imports only {@code coop.khidma.platform.i18n}, Jakarta and
 * the JDK, never a business component. Serves the policy's "match the data and confirm its validity at the time of
 * submission" and its preamble, the rights of every party: a person is recognised by the same rules at the kiosk, the
 * console and the website.
 */
package coop.khidma.person;
