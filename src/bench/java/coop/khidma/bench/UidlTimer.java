package coop.khidma.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * P2, in the harness's deployment only: the server time of each Vaadin round trip (a tap: {@code ?v-r=uidl}), from the
 * request entering the web container to its answer, while recording is on.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UidlTimer implements Filter {

    private static final ConcurrentLinkedQueue<Long> NANOS = new ConcurrentLinkedQueue<>();
    private static volatile boolean recording;

    static void start() {
        NANOS.clear();
        recording = true;
    }

    static List<Long> stop() {
        recording = false;
        return new ArrayList<>(NANOS);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request instanceof HttpServletRequest http ? http.getQueryString() : null;
        if (!recording || query == null || !query.contains("v-r=uidl")) {
            chain.doFilter(request, response);
            return;
        }
        long began = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            NANOS.add(System.nanoTime() - began);
        }
    }
}
