package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.CatalogRule;
import ai.cromus.core.catalog.ImmutableModel;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The successors and statuses of a catalog's models, checked once every model is read. */
final class Successors {
  private Successors() {}

  /**
   * The models with successors that name no model dropped (reported), and status checks: an active
   * model names no successor or deprecation date; a deprecated model names a successor.
   */
  static List<Model> resolve(
      Fields.Diagnostics out,
      Map<String, Model> baseById,
      List<Model> models,
      List<String> pointers) {
    Map<String, Model> byId = new HashMap<>(baseById);
    for (Model m : models) {
      byId.put(m.id(), m);
    }
    List<Model> out2 = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      Model m = models.get(i);
      String ptr = pointers.get(i);
      String label = "model '" + m.id() + "'";
      if (m.successor().isPresent()) {
        String s = m.successor().get();
        if (!byId.containsKey(s) || s.equals(m.id())) {
          out.add(
              CatalogRule.UNKNOWN_REF,
              out.at(ptr + "/successor"),
              label + ": successor '" + s + "' is not a model of the catalog; it is dropped",
              "name the id of the replacing model");
          m = ImmutableModel.copyOf(m).withSuccessor(Optional.empty());
        }
      }
      if (m.status() == ModelStatus.ACTIVE
          && (m.successor().isPresent() || m.deprecationDate().isPresent())) {
        out.add(
            CatalogRule.STATUS,
            out.at(ptr + "/status"),
            label + ": an active model has a successor or a deprecation date",
            "set status to deprecated, or drop them");
      }
      if (m.status() == ModelStatus.DEPRECATED && m.successor().isEmpty()) {
        out.add(
            CatalogRule.STATUS,
            out.at(ptr + "/status"),
            label + ": a deprecated model names no successor",
            "add \"successor\"");
      }
      out2.add(m);
    }
    return out2;
  }
}
