package dev.stackfit.web;

import dev.stackfit.core.Identified;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Architecture;
import dev.stackfit.core.profile.AsyncExperience;
import dev.stackfit.core.profile.AsyncIo;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.Deploy;
import dev.stackfit.core.profile.DevopsMaturity;
import dev.stackfit.core.profile.Interop;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.Turnover;
import dev.stackfit.core.profile.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The id lists the pages offer in selects and checkbox groups, in the contract's order. */
final class Choices {
  private Choices() {}

  static List<String> ids(Identified[] values) {
    return Arrays.stream(values).map(Identified::id).toList();
  }

  /** Languages, with "" first for "none" (an optional choice). */
  static List<String> optionalLanguages() {
    List<String> all = new ArrayList<>(List.of(""));
    all.addAll(languages());
    return all;
  }

  static List<String> asyncIo() {
    return ids(AsyncIo.values());
  }

  /** The kinds of pain of the profile's current stack, in the documented order. */
  static List<dev.stackfit.core.profile.PainKind> pains() {
    return List.of(dev.stackfit.core.profile.PainKind.values());
  }

  static List<String> languages() {
    return ids(Language.values());
  }

  static List<String> runtimes() {
    return ids(Runtime.values());
  }

  static List<String> features() {
    return ids(Feature.values());
  }

  static List<String> levels() {
    return ids(Level.values());
  }

  static List<String> turnover() {
    return ids(Turnover.values());
  }

  static List<String> asyncExperience() {
    return ids(AsyncExperience.values());
  }

  static List<String> workloads() {
    return ids(Workload.values());
  }

  static List<String> dataKinds() {
    return ids(DataKind.values());
  }

  static List<String> architectures() {
    return ids(Architecture.values());
  }

  static List<String> interop() {
    return ids(Interop.values());
  }

  static List<String> devopsMaturity() {
    return ids(DevopsMaturity.values());
  }

  static List<String> deploys() {
    return ids(Deploy.values());
  }

  static List<String> requestModels() {
    return ids(RequestModel.values());
  }

  static List<String> structures() {
    return ids(Structure.values());
  }

  static List<String> philosophies() {
    return ids(Philosophy.values());
  }

  static List<Criterion> criteria() {
    return List.of(Criterion.values());
  }
}
