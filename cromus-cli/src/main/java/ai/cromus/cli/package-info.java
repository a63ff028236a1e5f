/** The {@code cromus} command line: compile, validate, export, models and diff. */
package ai.cromus.cli;
