package coop.khidma.platform.security;

import coop.khidma.support.ConsoleStaff;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.Principal;

/**
 * In the test deployment only: signs the session in through the console's own door (POST, a journey account's name),
 * and on every other request says who the container believes the caller is and whether it grants them the STAFF role
 * (GET), for {@link ConsoleSessionsIT}.
 */
@WebServlet("/test/session-probe")
public class SessionProbe extends HttpServlet {

    @Inject
    ConsoleDoor door;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignIns.Attempt attempt = door.signIn(request, response, request.getParameter("username"),
                ConsoleStaff.PASSWORD);
        response.setContentType("text/plain");
        response.getWriter().write(attempt.outcome().name());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal caller = request.getUserPrincipal();
        response.setContentType("text/plain");
        response.getWriter().write((caller == null ? "-" : caller.getName()) + " " + request.isUserInRole(Roles.STAFF));
    }
}
