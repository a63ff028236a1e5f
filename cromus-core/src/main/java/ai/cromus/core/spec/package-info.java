/** The open specs: SKILL.md, ETHOS.md, MEMORY.md validation and generated artifacts. */
@ValueStyle
package ai.cromus.core.spec;

import ai.cromus.core.internal.ValueStyle;
