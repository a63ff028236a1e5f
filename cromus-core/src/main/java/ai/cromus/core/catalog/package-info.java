/** The model catalog: models, channels, offerings, prices, latency and ecosystem badges. */
@ValueStyle
package ai.cromus.core.catalog;

import ai.cromus.core.internal.ValueStyle;
