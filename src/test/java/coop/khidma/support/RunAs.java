package coop.khidma.support;

import coop.khidma.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.concurrent.Callable;

/**
 * Calls boundaries in a container test as a member of one staff role, so role checks on the EJBs are the real
 * ones. Inject it and write {@code runAs.staff(() -> requests.inbox(0, 10))}.
 */
@Stateless
@PermitAll
public class RunAs {

    @Inject
    Staff staff;
    @Inject
    Supervisor supervisor;
    @Inject
    Director director;
    @Inject
    Committee committee;
    @Inject
    Admin admin;

    public <T> T staff(Callable<T> work) throws Exception {
        return staff.call(work);
    }

    public <T> T supervisor(Callable<T> work) throws Exception {
        return supervisor.call(work);
    }

    public <T> T director(Callable<T> work) throws Exception {
        return director.call(work);
    }

    public <T> T committee(Callable<T> work) throws Exception {
        return committee.call(work);
    }

    public <T> T admin(Callable<T> work) throws Exception {
        return admin.call(work);
    }

    /** Runs the work under the identity its subclass names with {@code @RunAs}. */
    public abstract static class Caller {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless(name = "RunAsStaff")
    @PermitAll
    @jakarta.annotation.security.RunAs(Roles.STAFF)
    public static class Staff extends Caller {
    }

    @Stateless(name = "RunAsSupervisor")
    @PermitAll
    @jakarta.annotation.security.RunAs(Roles.SUPERVISOR)
    public static class Supervisor extends Caller {
    }

    @Stateless(name = "RunAsDirector")
    @PermitAll
    @jakarta.annotation.security.RunAs(Roles.DIRECTOR)
    public static class Director extends Caller {
    }

    @Stateless(name = "RunAsCommittee")
    @PermitAll
    @jakarta.annotation.security.RunAs(Roles.COMMITTEE)
    public static class Committee extends Caller {
    }

    @Stateless(name = "RunAsAdmin")
    @PermitAll
    @jakarta.annotation.security.RunAs(Roles.ADMIN)
    public static class Admin extends Caller {
    }
}
