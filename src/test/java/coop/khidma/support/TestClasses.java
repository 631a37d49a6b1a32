package coop.khidma.support;

import org.jboss.arquillian.container.test.api.Deployment;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The compiled test classes, read from disk: which are in-container tests, and which test classes a set of classes
 * uses (the closure over the names in their constant pools), so the shared deployment carries what its tests need
 * and nothing that only runs on the client (Selenium, the embedded MariaDB, JUnit's launcher).
 */
final class TestClasses {

    private static final Pattern NAME = Pattern.compile("coop/khidma/[A-Za-z0-9_/$]+");

    private TestClasses() {
    }

    /** Every {@code *IT} class whose {@code @Deployment} is testable: its test methods run inside the server. */
    static List<Class<?>> inContainerTests() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.map(file -> root().relativize(file).toString())
                    .filter(name -> name.endsWith("IT.class") && !name.contains("$"))
                    .sorted()
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .filter(TestClasses::testable)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The classes given and every test class they refer to, directly or not (nested classes included), but for the
     * deployment builder itself: tests name it for their {@code @Deployment}, which only runs on the client.
     */
    static Set<Class<?>> closureOf(Set<Class<?>> roots) {
        Set<String> seen = new TreeSet<>();
        Set<String> builder = Set.of(Deployments.class.getName().replace('.', '/'),
                TestClasses.class.getName().replace('.', '/'));
        Deque<String> pending = new ArrayDeque<>();
        roots.forEach(root -> pending.add(root.getName().replace('.', '/')));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            Path file = root().resolve(name + ".class");
            if (!builder.contains(name) && Files.isRegularFile(file) && seen.add(name)) {
                pending.addAll(namesIn(file));
            }
        }
        Set<Class<?>> classes = new LinkedHashSet<>();
        seen.forEach(name -> classes.add(load(name.replace('/', '.'))));
        return classes;
    }

    private static boolean testable(Class<?> type) {
        return Stream.of(type.getDeclaredMethods())
                .map(method -> method.getAnnotation(Deployment.class))
                .anyMatch(deployment -> deployment != null && deployment.testable());
    }

    /** The Khidma class names a class file mentions (class entries, descriptors, signatures, annotations). */
    private static List<String> namesIn(Path file) {
        List<String> names = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> {
                        Matcher name = NAME.matcher(in.readUTF());
                        while (name.find()) {
                            names.add(name.group());
                        }
                    }
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        index++; // eight-byte constants take two entries
                    }
                    default -> throw new IllegalStateException("Unknown constant pool tag " + tag + " in " + file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    private static Path root() {
        try {
            return Path.of(TestClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TestClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
