package org.healthplanning.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.healthplanning.http.Refusals;
import org.healthplanning.http.HttpProblems;
import org.healthplanning.http.Problem;

/**
 * Refusals of the permission policies as problems: a token that fails verification is a 401 (as a
 * missing one is, {@link ProblemBearerChallenge}); a valid token without the group a policy asks for
 * (the audit trail's admin) a 403.
 */
@ApplicationScoped
public class ForbiddenAsProblem {
    @Inject
    HttpProblems problems;

    @Inject
    ProblemBearerChallenge challenge;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext rc) {
        if (rc.failure() instanceof AuthenticationFailedException || rc.failure() instanceof UnauthorizedException) {
            rc.response().headers().set("WWW-Authenticate", "Bearer");
            challenge.unauthorized(rc);
            return;
        }
        if (!(rc.failure() instanceof ForbiddenException)) {
            rc.next();
            return;
        }
        String subject = rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity().getPrincipal().getName() : null;
        Refusals.log(403, subject, rc.request().method().name(), rc.request().path(), "the operation needs the admin group");
        problems.send(rc.response(), new Problem("/problems/forbidden", "Forbidden", 403, "This operation needs the admin role",
                rc.request().path(), null));
    }
}
