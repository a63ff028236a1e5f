/**
 * The Cromus Maven plugin: the {@code cromus:check} goal ({@link ai.cromus.maven.CheckMojo})
 * compiles a project's SOPs under a scope in the {@code verify} phase and fails the build on a FAIL
 * verdict.
 */
package ai.cromus.maven;
