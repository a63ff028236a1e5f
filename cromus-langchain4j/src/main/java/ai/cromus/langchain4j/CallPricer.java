package ai.cromus.langchain4j;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelLookup;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.CallCost;
import ai.cromus.core.simulation.StepSimulation;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices one model call: resolves the model in the catalog, chooses its channel (the declared
 * plan's, the builder's, the scope's, or the only priced one) and applies {@link CallCost}. A call
 * that cannot be priced gets a note saying why.
 */
final class CallPricer {
  /** The price of a call, or why there is none. */
  static final class Priced {
    final Optional<Money> cost;
    final Optional<String> model;
    final Optional<String> channel;
    final String note;

    Priced(Optional<Money> cost, Optional<String> model, Optional<String> channel, String note) {
      this.cost = cost;
      this.model = model;
      this.channel = channel;
      this.note = note;
    }
  }

  private final ModelCatalog catalog;
  private final Scope scope;
  private final Optional<String> channel;
  private final PredictedPlan predicted;

  CallPricer(ModelCatalog catalog, Scope scope, Optional<String> channel, PredictedPlan predicted) {
    this.catalog = catalog;
    this.scope = scope;
    this.channel = channel;
    this.predicted = predicted;
  }

  Priced price(String modelName, Optional<String> stepId, long in, long out) {
    if (modelName == null || modelName.isBlank()) {
      return new Priced(
          Optional.empty(), Optional.empty(), Optional.empty(), "no model name is known");
    }
    ModelLookup l = catalog.lookup(modelName);
    if (!l.found()) {
      return new Priced(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          "model '"
              + modelName
              + "' is not in catalog "
              + catalog.version()
              + (l.nearest().isEmpty()
                  ? ""
                  : "; did you mean " + String.join(" or ", l.nearest()) + "?"));
    }
    Model m = l.model().get();
    Optional<String> ch = channelFor(m, stepId);
    if (ch.isEmpty()) {
      List<String> priced = new ArrayList<>();
      for (Offering o : m.offerings()) {
        if (o.pricing().isPresent()) {
          priced.add(o.channel());
        }
      }
      return new Priced(
          Optional.empty(),
          Optional.of(m.id()),
          Optional.empty(),
          priced.isEmpty()
              ? "model " + m.id() + " has no priced offering"
              : "model "
                  + m.id()
                  + " is offered on "
                  + String.join(", ", priced)
                  + ": name the channel with CromusSpendListener.builder().channel(...)");
    }
    Optional<Offering> o = m.offering(ch.get());
    if (o.isEmpty()) {
      return new Priced(
          Optional.empty(),
          Optional.of(m.id()),
          ch,
          "model " + m.id() + " is not offered on channel " + ch.get());
    }
    Optional<Money> cost = CallCost.of(o.get(), scope, in, out);
    return new Priced(
        cost,
        Optional.of(m.id()),
        ch,
        cost.isPresent() ? "" : "the offering on " + ch.get() + " has no token prices");
  }

  private Optional<String> channelFor(Model m, Optional<String> stepId) {
    if (stepId.isPresent()) {
      Optional<StepSimulation> s = predicted.planned(stepId.get());
      if (s.isPresent()
          && s.get().model().equals(Optional.of(m.id()))
          && s.get().channel().isPresent()) {
        return s.get().channel();
      }
    }
    for (StepSimulation s : predicted.planSteps()) {
      if (s.model().equals(Optional.of(m.id())) && s.channel().isPresent()) {
        return s.channel();
      }
    }
    if (channel.isPresent()) {
      return channel;
    }
    for (String c : scope.channels()) {
      Optional<Offering> o = m.offering(c);
      if (o.isPresent() && o.get().pricing().isPresent()) {
        return Optional.of(c);
      }
    }
    List<Offering> priced = new ArrayList<>();
    for (Offering o : m.offerings()) {
      if (o.pricing().isPresent()) {
        priced.add(o);
      }
    }
    return priced.size() == 1 ? Optional.of(priced.get(0).channel()) : Optional.empty();
  }

  static String modelName(ChatRequestParameters params, ChatRequestParameters defaults) {
    if (params != null && params.modelName() != null && !params.modelName().isBlank()) {
      return params.modelName();
    }
    if (defaults != null && defaults.modelName() != null && !defaults.modelName().isBlank()) {
      return defaults.modelName();
    }
    return null;
  }

  /** Characters of a request's text: messages, and tool definitions. */
  static long chars(ChatRequest request) {
    long n = 0;
    for (ChatMessage m : request.messages()) {
      if (m instanceof SystemMessage systemMessage) {
        n += systemMessage.text().length();
      } else if (m instanceof UserMessage userMessage) {
        for (Content c : userMessage.contents()) {
          n +=
              c instanceof TextContent textContent
                  ? textContent.text().length()
                  : c.toString().length();
        }
      } else if (m instanceof AiMessage a) {

        n += a.text() == null ? 0 : a.text().length();
        if (a.hasToolExecutionRequests()) {
          n += a.toolExecutionRequests().toString().length();
        }
      } else if (m instanceof ToolExecutionResultMessage toolExecutionResultMessage) {
        String t = toolExecutionResultMessage.text();
        n += t == null ? 0 : t.length();
      } else if (m != null) {
        n += m.toString().length();
      }
    }
    if (request.parameters() != null && request.parameters().toolSpecifications() != null) {
      n += request.parameters().toolSpecifications().toString().length();
    }
    return n;
  }
}
