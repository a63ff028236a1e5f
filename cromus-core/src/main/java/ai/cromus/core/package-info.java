/**
 * The Cromus public API: {@link ai.cromus.core.Cromus} compiles a workflow under a scope into an
 * immutable {@link ai.cromus.core.CompileResult}. Nothing in this module reads files, the network
 * or the clock.
 */
@ValueStyle
package ai.cromus.core;

import ai.cromus.core.internal.ValueStyle;
