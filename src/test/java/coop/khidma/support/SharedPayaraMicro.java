package coop.khidma.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Payara Micro deploys by starting a process with the WAR, so each test class used to pay ≈25 s for a boot and a
 * deployment of its own. This container keeps the running Payara Micro after a test class and hands it to the next
 * class that asks for the same deployment, or for one whose every file the running one already holds (a client-side
 * journey's WAR as built is inside the in-container tests' WAR plus Arquillian's protocol). A deployment that holds
 * anything the running one lacks, or differs in any file, stops it and starts its own, exactly as before.
 *
 * <p>Every container test class asks for {@link Deployments#suite()}, so the whole run boots one server. What the
 * classes share is the server's memory: each class that touches per-client limits brings its own client (its own
 * kiosk device, {@link Browser}; its own forwarded address, {@code ApiIT}).
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

    private final PayaraMicroDeployableContainer server = new PayaraMicroDeployableContainer();
    private Map<String, String> running;
    private Archive<?> runningArchive;
    private ProtocolMetaData runningMetaData;
    private int boots;
    private int reuses;

    /** Registers this container in place of the Payara Micro adapter's own. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
        }
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        server.setup(configuration);
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return server.getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Map<String, String> files = files(archive);
        if (running != null && running.entrySet().containsAll(files.entrySet())) {
            reuses++;
            LOG.info(() -> "Container tests: " + archive.getName() + " reuses the running Payara Micro");
            return runningMetaData;
        }
        shutDown();
        boots++;
        runningMetaData = withContextRoot(server.deploy(archive), archive);
        runningArchive = archive;
        running = files;
        return runningMetaData;
    }

    /** The server stays up for the next test class; {@link #stop()} or a different deployment ends it. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            shutDown();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the shared Payara Micro", e);
        }
        LOG.info(() -> "Container tests: " + boots + " Payara Micro boot(s), " + reuses + " reuse(s)");
    }

    private void shutDown() throws DeploymentException {
        if (runningArchive != null) {
            Archive<?> archive = runningArchive;
            runningArchive = null;
            running = null;
            runningMetaData = null;
            server.undeploy(archive);
        }
    }

    /**
     * The deployment's address as the tests inject it ({@code @ArquillianResource URL}) is its first servlet's. When
     * Payara's report of the deployment lists none (it does so now and then for a WAR whose servlets register
     * themselves), the address is the application's context root, which Payara Micro takes from the archive's name
     * ({@code khidma.war} at {@code /khidma}), so that every class gets the same address whichever booted the server.
     */
    private static ProtocolMetaData withContextRoot(ProtocolMetaData metaData, Archive<?> archive) {
        String name = archive.getName().replaceFirst("\\.war$", "");
        for (HTTPContext context : metaData.getContexts(HTTPContext.class)) {
            if (context.getServlets().isEmpty()) {
                context.add(new Servlet(name, "/" + name));
            }
        }
        return metaData;
    }

    /** Every file of the archive (nested archives' files under their path) with the SHA-256 of its bytes. */
    static Map<String, String> files(Archive<?> archive) {
        Map<String, String> files = new TreeMap<>();
        collect("", archive, files);
        return files;
    }

    private static void collect(String prefix, Archive<?> archive, Map<String, String> files) {
        for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
            Asset asset = entry.getValue().getAsset();
            String path = prefix + entry.getKey().get();
            if (asset instanceof ArchiveAsset nested) {
                collect(path + "!", nested.getArchive(), files);
            } else if (asset != null) {
                files.put(path, sha256(asset));
            }
        }
    }

    private static String sha256(Asset asset) {
        try (InputStream in = asset.openStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
