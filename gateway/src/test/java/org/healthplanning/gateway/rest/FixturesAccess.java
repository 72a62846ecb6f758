package org.healthplanning.gateway.rest;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Opens the shared backend fixtures to tests in other packages. */
public final class FixturesAccess {
    private FixturesAccess() {
    }

    public static void stubTongliang() {
        Fixtures.stubTongliang();
    }

    public static ResponseDefinitionBuilder summary() {
        return Fixtures.json(Fixtures.SUMMARY);
    }
}
