package coop.khidma.api.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Which client a request comes from, for the rate limit. Only the reverse proxy on this machine (a loopback peer) is
 * believed about the original client: then the last entry of {@code X-Forwarded-For} (the one our proxy appended) is
 * the client. From anyone else the header is ignored, so a client cannot escape its limit by inventing addresses.
 */
public final class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private ClientAddress() {
    }

    public static String of(String peer, String forwardedFor) {
        if (peer == null || peer.isBlank()) {
            return "unknown";
        }
        if (!isLoopback(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return IP_LITERAL.matcher(last).matches() ? last : peer;
    }

    static boolean isLoopback(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            return false; // never resolve names
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
