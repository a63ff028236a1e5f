package ai.cromus.core.internal.simulation.latency;

import java.math.BigDecimal;

/**
 * The fastest allowed candidate of a model step with a latency budget that meets the step's tier.
 *
 * @param seconds its expected latency per run
 */
public record Fastest(String model, String channel, BigDecimal seconds) {}
