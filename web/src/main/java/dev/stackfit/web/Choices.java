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
import dev.stackfit.core.profile.PainKind;
import dev.stackfit.core.profile.Turnover;
import dev.stackfit.core.profile.Workload;
import dev.stackfit.formats.report.Labels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the pages offer in selects and checkbox groups, in the contract's order: each option's id
 * (the value sent) and its words (what people read).
 */
final class Choices {
  private Choices() {}

  /** One option: the id the form sends and the words the page shows. */
  record Option(String id, String label) {}

  static List<Option> ids(Identified[] values) {
    return Arrays.stream(values).map(v -> new Option(v.id(), Labels.of(v))).toList();
  }

  /** Languages, with "" first for "none" (an optional choice). */
  static List<Option> optionalLanguages() {
    List<Option> all = new ArrayList<>(List.of(new Option("", "None")));
    all.addAll(languages());
    return all;
  }

  static List<Option> asyncIo() {
    return ids(AsyncIo.values());
  }

  /** The kinds of pain of the profile's current stack, in the documented order. */
  static List<PainKind> pains() {
    return List.of(PainKind.values());
  }

  static List<Option> languages() {
    return ids(Language.values());
  }

  static List<Option> runtimes() {
    return ids(Runtime.values());
  }

  static List<Option> features() {
    return ids(Feature.values());
  }

  static List<Option> levels() {
    return ids(Level.values());
  }

  static List<Option> turnover() {
    return ids(Turnover.values());
  }

  static List<Option> asyncExperience() {
    return ids(AsyncExperience.values());
  }

  static List<Option> workloads() {
    return ids(Workload.values());
  }

  static List<Option> dataKinds() {
    return ids(DataKind.values());
  }

  static List<Option> architectures() {
    return ids(Architecture.values());
  }

  static List<Option> interop() {
    return ids(Interop.values());
  }

  static List<Option> devopsMaturity() {
    return ids(DevopsMaturity.values());
  }

  static List<Option> deploys() {
    return ids(Deploy.values());
  }

  static List<Option> requestModels() {
    return ids(RequestModel.values());
  }

  static List<Option> structures() {
    return ids(Structure.values());
  }

  static List<Option> philosophies() {
    return ids(Philosophy.values());
  }

  static List<Criterion> criteria() {
    return List.of(Criterion.values());
  }
}
