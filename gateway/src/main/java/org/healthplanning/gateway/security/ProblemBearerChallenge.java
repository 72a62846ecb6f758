package org.healthplanning.gateway.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Set;
import org.healthplanning.http.Refusals;
import org.healthplanning.http.HttpProblems;
import org.healthplanning.http.Problem;

/**
 * smallrye-jwt's bearer mechanism, with its 401 challenge answered as problem+json: the
 * {@code quarkus.http.auth.permission.*} policies decide who may do what (application.properties,
 * "Security"); this only words the refusal the way every other answer of the suite is worded.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ProblemBearerChallenge implements HttpAuthenticationMechanism {
    @Inject
    JWTAuthMechanism jwt;

    @Inject
    HttpProblems problems;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return jwt.authenticate(context, identityProviderManager);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return jwt.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return getChallenge(context).map(challenge -> {
            challenge.getHeaders().forEach((name, value) -> context.response().headers().set(name, value));
            unauthorized(context);
            return true;
        });
    }

    /** The 401 problem (the challenge header set by the caller), logged as a refusal. */
    void unauthorized(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        String detail = authorization == null ? "A valid bearer token is required"
                : bearer ? "The bearer token is invalid, expired or not signed by the trusted issuer"
                : "Authorization is not a bearer token";
        Refusals.log(401, null, context.request().method().name(), context.request().path(), detail);
        problems.send(context.response(), new Problem("/problems/unauthorized", "Unauthorized", 401, detail, context.request().path(), null));
    }

    /** Ahead of smallrye-jwt's own mechanism, so that this challenge is the one sent. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return jwt.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return jwt.getCredentialTransport(context);
    }
}
