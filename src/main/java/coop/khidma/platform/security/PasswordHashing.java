package coop.khidma.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Hashes staff passwords exactly as the identity store verifies them (same PBKDF2 parameters). */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Arrays.stream(new String[]{
                        SecurityConfiguration.ALGORITHM, SecurityConfiguration.ITERATIONS,
                        SecurityConfiguration.SALT_SIZE, SecurityConfiguration.KEY_SIZE})
                .map(parameter -> parameter.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1])));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

}
