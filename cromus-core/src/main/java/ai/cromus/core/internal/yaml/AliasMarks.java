package ai.cromus.core.internal.yaml;

import java.util.ArrayDeque;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * The parser seen by the composer, recording where each alias is written: the composer replaces an
 * alias by the node it names and keeps no trace of it. The composer meets aliases in document
 * order, which is the order in which the conversion meets the nodes they repeat.
 */
final class AliasMarks implements Parser {
  private final Parser parser;
  final ArrayDeque<Object[]> marks = new ArrayDeque<>();

  AliasMarks(Parser parser) {
    this.parser = parser;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return parser.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public Event getEvent() {
    Event e = parser.getEvent();
    if (e instanceof AliasEvent aliasEvent) {
      marks.add(new Object[] {aliasEvent.getAnchor(), e});
    }
    return e;
  }
}
