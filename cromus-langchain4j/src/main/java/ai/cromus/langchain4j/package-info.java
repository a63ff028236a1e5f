/**
 * Cromus for LangChain4j agentic systems: read a built system as a Cromus workflow ({@link
 * ai.cromus.langchain4j.CromusAgentic#workflowOf(Object)}), gate it on the verdict before any model
 * is called ({@link ai.cromus.langchain4j.CromusAgentic#requirePass(Object,
 * ai.cromus.core.scope.Scope)}), price and budget every real call ({@link
 * ai.cromus.langchain4j.CromusSpendListener}), and compare what was predicted with what was spent
 * ({@link ai.cromus.langchain4j.CalibrationReport}).
 */
@AgenticValueStyle
package ai.cromus.langchain4j;

import ai.cromus.langchain4j.internal.AgenticValueStyle;
