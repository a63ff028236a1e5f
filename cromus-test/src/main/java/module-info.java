/**
 * The Cromus test kit: AssertJ assertions on compile results and a JUnit 5 extension that compiles
 * annotated workflows and checks their budgets.
 */
module ai.cromus.test {
  requires transitive ai.cromus.core;
  requires ai.cromus.catalog;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  // annotations only: not needed at run time; transitive so that a module compiling against
  // this one reads them, as JUnit requires apiguardian
  requires static transitive org.apiguardian.api;

  exports ai.cromus.test;

  // JUnit instantiates the extension and reads the annotations reflectively
  opens ai.cromus.test to
      org.junit.platform.commons;
}
