package coop.khidma.support;

import coop.khidma.bench.FaultDriver;
import coop.khidma.bench.UidlTimer;
import coop.khidma.bench.WorkflowDriver;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.SessionProbe;
import com.icegreen.greenmail.util.GreenMail;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place container tests get their deployment from: the WAR exactly as built (no hand-kept class lists),
 * plus, for in-container tests, the test support classes and the assertion library.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The application as it ships, for browser journeys and other black-box tests. */
    public static WebArchive asBuilt() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("khidma.war")));
    }

    /**
     * The one deployment of the container tests and browser journeys ({@link SharedPayaraMicro} boots it once for the
     * whole run): the application as it ships, every in-container test class (a test class whose deployment is
     * testable) with the test classes it uses, the journeys' accounts and records ({@link ConsoleStaff},
     * {@link ConsoleCases}, {@link BackOfficeCases}), the sessions' probe ({@link SessionProbe}) and the performance
     * harness's server side ({@link WorkflowDriver}, {@link FaultDriver},
     * {@link UidlTimer}), found in the compiled test classes rather than listed by hand.
     */
    public static WebArchive suite() {
        Set<Class<?>> roots = new LinkedHashSet<>(TestClasses.inContainerTests());
        roots.addAll(List.of(ConsoleStaff.class, ConsoleCases.class, BackOfficeCases.class, WorkflowDriver.class,
                UidlTimer.class, FaultDriver.class, SessionProbe.class));
        return withTests(TestClasses.closureOf(roots).toArray(Class<?>[]::new));
    }

    /**
     * The application with the given classes and every test class they use (found in the compiled classes): a node of
     * the performance harness's load test carries {@code WorkflowDriver} and {@code UidlTimer} this way.
     */
    public static WebArchive withClosureOf(Class<?>... roots) {
        return withTests(TestClasses.closureOf(new LinkedHashSet<>(List.of(roots))).toArray(Class<?>[]::new));
    }

    /** The application plus what in-container tests run with: the test classes given and the support package. */
    public static WebArchive withTests(Class<?>... testClasses) {
        return asBuilt()
                .addClasses(testClasses)
                .addClasses(Failures.class, RunAs.class, RunAs.Caller.class)
                .addClasses(RunAs.Staff.class, RunAs.Supervisor.class, RunAs.Director.class, RunAs.Committee.class,
                        RunAs.Admin.class)
                .addAsLibraries(jarOf(Assertions.class))
                // the suite's SMTP server (SuiteMailServer) runs in the server: GreenMail and its logging API
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class))
                .addAsWebInfResource(new StringAsset(runAsPrincipals("glassfish-web-app", "")), "glassfish-web.xml")
                .addAsWebInfResource(new StringAsset(runAsPrincipals("glassfish-ejb-jar", runAsBeans())),
                        "glassfish-ejb-jar.xml");
    }

    /**
     * Payara runs {@code @RunAs} code as the first principal mapped to the role, so the test deployment names one
     * per role (and keeps the group of the same name, as the application's default mapping does).
     */
    private static String runAsPrincipals(String root, String beans) {
        return Roles.ALL.stream()
                .map(role -> "<security-role-mapping><role-name>" + role + "</role-name><principal-name>run-as-"
                        + role.toLowerCase() + "</principal-name><group-name>" + role
                        + "</group-name></security-role-mapping>")
                .collect(Collectors.joining("\n", "<" + root + ">\n", "\n" + beans + "</" + root + ">\n"));
    }

    /** Each {@link RunAs} bean runs as its role's principal. */
    private static String runAsBeans() {
        return Roles.ALL.stream()
                .map(role -> "<ejb><ejb-name>RunAs" + role.charAt(0) + role.substring(1).toLowerCase()
                        + "</ejb-name><principal><name>run-as-" + role.toLowerCase() + "</name></principal></ejb>")
                .collect(Collectors.joining("\n", "<enterprise-beans>\n", "\n</enterprise-beans>\n"));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
