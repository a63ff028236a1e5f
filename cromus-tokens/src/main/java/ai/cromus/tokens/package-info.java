/** Exact token counts for OpenAI model families: {@link ai.cromus.tokens.OpenAiTokenCounter}. */
package ai.cromus.tokens;
