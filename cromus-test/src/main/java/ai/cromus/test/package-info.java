/**
 * The Cromus test kit: AssertJ assertions over a {@link ai.cromus.core.CompileResult} ({@link
 * ai.cromus.test.CromusAssertions}) and a JUnit 5 extension ({@link
 * ai.cromus.test.CromusExtension}) that compiles a workflow named by {@link
 * ai.cromus.test.CromusWorkflow} and enforces a {@link ai.cromus.test.CromusBudget}.
 */
package ai.cromus.test;
