/**
 * Token counting with a model family's own tokenizer: the {@link
 * ai.cromus.core.tokens.TokenCounter} extension point, off unless an engine is given one.
 */
package ai.cromus.core.tokens;
