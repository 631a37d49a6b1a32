package coop.khidma.platform.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadRetryTest {

    @Test
    void aReadThatLostItsConnectionIsTriedOnceMoreAfterHalfASecondNotThreeTimesFiveSecondsApart() {
        DatabaseSession session = new Project(new DatabaseLogin()).createDatabaseSession();
        assertThat(session.getLogin().getQueryRetryAttemptCount()).as("EclipseLink's default").isEqualTo(3);
        assertThat(session.getLogin().getDelayBetweenConnectionAttempts()).as("EclipseLink's default").isEqualTo(5000);

        new ReadRetry().customize(session);

        assertThat(session.getLogin().getQueryRetryAttemptCount()).isEqualTo(1);
        assertThat(session.getLogin().getDelayBetweenConnectionAttempts()).isEqualTo(500);
    }
}
