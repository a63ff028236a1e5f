/** Gemini Interactions API export: the interaction body and the steps template. */
package ai.cromus.export.gemini;
