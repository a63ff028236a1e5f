/** The exporter SPI: turn a compile result into files a runtime consumes. */
@ValueStyle
package ai.cromus.core.export;

import ai.cromus.core.internal.ValueStyle;
