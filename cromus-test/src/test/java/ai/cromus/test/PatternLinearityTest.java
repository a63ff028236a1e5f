package ai.cromus.test;

import ai.cromus.export.StaticPatternLinearity;

/** Every static pattern of this module's main code runs in linear time on adversarial text. */
class PatternLinearityTest extends StaticPatternLinearity {}
