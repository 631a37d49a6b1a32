package coop.khidma.ui.console;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.Set;

/**
 * Whether a person with these roles may open a view, read from the same {@code @RolesAllowed} the router enforces, so
 * the menu never offers what the route would refuse (and never hides what it would allow).
 */
final class ViewAccess {

    private ViewAccess() {
    }

    static boolean allows(Class<?> view, Set<String> roles) {
        if (view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.stream(allowed.value()).anyMatch(roles::contains);
    }
}
