/**
 * Pre-execution simulation: cost, latency and failure per cost-quality mode, and recommendations.
 */
@ValueStyle
package ai.cromus.core.simulation;

import ai.cromus.core.internal.ValueStyle;
