package coop.khidma.platform.safety;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Start-up refuses the obviously unsafe configurations, and only those. */
class ConfigurationCheckTest {

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void aDevelopmentRunOnTheEmbeddedDatabaseIsFine() {
        assertThat(ConfigurationCheck.problems(env("KHIDMA_DB_URL", "jdbc:mariadb://127.0.0.1:3307/khidma?sslMode=disable",
                "KHIDMA_EMBEDDED_DB", "true"))).isEmpty();
    }

    @Test
    void productionOnTheEmbeddedDatabaseNeedsAnExplicitFlag() {
        Map<String, String> env = env("KHIDMA_MODE", "production", "KHIDMA_EMBEDDED_DB", "true",
                "KHIDMA_DB_URL", "jdbc:mariadb://127.0.0.1:3307/khidma?sslMode=disable");

        assertThat(ConfigurationCheck.problems(env)).singleElement().asString().contains("KHIDMA_ALLOW_EMBEDDED_DB");
        env.put("KHIDMA_ALLOW_EMBEDDED_DB", "true");
        assertThat(ConfigurationCheck.problems(env)).isEmpty();
    }

    @Test
    void productionRefusesAnUnencryptedConnectionToAnotherMachine() {
        assertThat(ConfigurationCheck.problems(env("KHIDMA_MODE", "production",
                "KHIDMA_DB_URL", "jdbc:mariadb://db.najran.example:3306/khidma?sslMode=disable")))
                .singleElement().asString().contains("sslMode");
        assertThat(ConfigurationCheck.problems(env("KHIDMA_MODE", "production",
                "KHIDMA_DB_URL", "jdbc:mariadb://db.najran.example:3306/khidma?sslMode=verify-full"))).isEmpty();
        assertThat(ConfigurationCheck.problems(env("KHIDMA_MODE", "production",
                "KHIDMA_DB_URL", "jdbc:mariadb://localhost:3306/khidma?sslMode=disable"))).isEmpty();
    }

    @Test
    void productionRefusesARemoteDatabaseWhoseCertificateIsNotVerified() {
        for (String url : new String[]{"jdbc:mariadb://db.najran.example:3306/khidma",
                "jdbc:mariadb://db.najran.example:3306/khidma?useSsl=true",
                "jdbc:mariadb://db.najran.example:3306/khidma?sslMode=trust",
                "jdbc:mariadb://db.najran.example:3306/khidma?sslMode=verify-full&sslMode=trust",
                "jdbc:mariadb://10.0.0.5/khidma?user=x&sslMode=verify-fullish",
                "jdbc:mariadb://db.najran.example:3306/khidma?comment=sslMode=verify-full"}) {
            assertThat(ConfigurationCheck.problems(env("KHIDMA_MODE", "production", "KHIDMA_DB_URL", url)))
                    .as(url).singleElement().asString().contains("sslMode=verify-full");
        }
        assertThat(ConfigurationCheck.problems(env("KHIDMA_MODE", "production",
                "KHIDMA_DB_URL", "jdbc:mariadb://db.najran.example:3306/khidma?sslMode=verify-ca"))).isEmpty();
        assertThat(ConfigurationCheck.problems(env("KHIDMA_MODE", "production", "KHIDMA_DB_URL",
                "jdbc:mariadb://db.najran.example/khidma?serverSslCert=/etc/khidma/ca.pem&SSLMODE=Verify-Full")))
                .isEmpty();
        assertThat(ConfigurationCheck.problems(env("KHIDMA_MODE", "production", "KHIDMA_ALLOW_PLAIN_DB", "true",
                "KHIDMA_DB_URL", "jdbc:mariadb://db.najran.example:3306/khidma?sslMode=disable")))
                .as("no flag lets member data cross the network unverified").hasSize(1);
        assertThat(ConfigurationCheck.problems(env("KHIDMA_DB_URL", "jdbc:mariadb://db.najran.example:3306/khidma")))
                .as("development").isEmpty();
    }

    @Test
    void productionRefusesTheDevelopmentKioskToken() {
        assertThat(ConfigurationCheck.problems(env("KHIDMA_MODE", "production", "KHIDMA_KIOSK_DEVICE_TOKEN", "kiosk-1",
                "KHIDMA_DB_URL", "jdbc:mariadb://127.0.0.1:3306/khidma")))
                .singleElement().asString().contains("KHIDMA_KIOSK_DEVICE_TOKEN");
        assertThat(ConfigurationCheck.problems(env("KHIDMA_MODE", "Production", "KHIDMA_KIOSK_DEVICE_TOKEN", "x",
                "KHIDMA_DB_URL", "jdbc:mariadb://127.0.0.1:3306/khidma"))).hasSize(1);
        assertThat(ConfigurationCheck.problems(env("KHIDMA_MODE", "production", "KHIDMA_KIOSK_DEVICE_TOKEN", " ",
                "KHIDMA_DB_URL", "jdbc:mariadb://127.0.0.1:3306/khidma"))).isEmpty();
        assertThat(ConfigurationCheck.problems(env("KHIDMA_KIOSK_DEVICE_TOKEN", "kiosk-1",
                "KHIDMA_DB_URL", "jdbc:mariadb://127.0.0.1:3306/khidma"))).as("development").isEmpty();
    }

    @Test
    void aWeakFirstAdministratorPasswordAndAMissingDatabaseAreRefused() {
        assertThat(ConfigurationCheck.problems(env("KHIDMA_ADMIN_PASSWORD", "admin")))
                .hasSize(2).anySatisfy(problem -> assertThat(problem).contains("KHIDMA_ADMIN_PASSWORD"))
                .anySatisfy(problem -> assertThat(problem).contains("KHIDMA_DB_URL"));
    }
}
