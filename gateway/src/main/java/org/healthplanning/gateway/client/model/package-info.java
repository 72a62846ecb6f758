/**
 * The gateway's reading of the backends' answers: what the gateway consumes is typed (and
 * {@code required} where the gateway cannot do without it), everything else an answer carries is
 * kept as it came in {@code other} and written back out unchanged, so that a section of a view
 * is the backend's answer whole. A tolerant reader: a backend may add fields without a gateway
 * release; a backend that renames or drops a field the gateway reads fails the contract test
 * ({@code GatewayContractIT}) at build time.
 */
package org.healthplanning.gateway.client.model;
