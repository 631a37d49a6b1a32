package coop.khidma.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The order of the container test classes (failsafe's {@code junit.jupiter.testclass.order.default}): the in-container
 * tests first, then the client-side ones (API, harness, browser journeys), each group by name. The shared Payara Micro
 * ({@link SharedPayaraMicro}) then boots once with the in-container tests' deployment, which holds every file of the
 * client-side classes' deployment; the other way round it would boot twice.
 */
public class ServerFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt((ClassDescriptor type) -> rank(type.getTestClass()))
                .thenComparing(type -> type.getTestClass().getName()));
    }

    /** 0: runs inside the server; 1: a client of the server; 2: needs no shared server. */
    static int rank(Class<?> type) {
        return Stream.of(type.getDeclaredMethods())
                .map(method -> method.getAnnotation(Deployment.class))
                .filter(deployment -> deployment != null)
                .findFirst()
                .map(deployment -> deployment.testable() ? 0 : 1)
                .orElse(2);
    }
}
