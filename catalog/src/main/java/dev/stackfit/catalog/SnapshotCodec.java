package dev.stackfit.catalog;

import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.FeatureSupport;
import dev.stackfit.core.catalog.Footprint;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.GitFacts;
import dev.stackfit.core.catalog.Governance;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.LearningCurve;
import dev.stackfit.core.catalog.Performance;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.RuntimeLifecycle;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.catalog.TaggedRelease;
import dev.stackfit.core.catalog.Version;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The body of a {@link CatalogSnapshot}: every record of the catalog model written field by field,
 * in declaration order, and read back through the records' own constructors (so their checks run
 * again). Every reference may be null (a presence byte), enums are written by name, doubles by
 * their exact bits, strings as UTF-8.
 *
 * <p>Purpose-built rather than Jackson's Smile with data binding: that was tried first and read the
 * shipped catalog 5 to 10 times slower at start-up, nearly all of it in data binding's reflection,
 * which an ahead-of-time cache does not keep (docs/benchmarks.md). When a model record gains, loses
 * or changes a field, this class must follow and {@link CatalogSnapshot#FORMAT} be raised; {@code
 * CatalogSnapshotTests} fails until both are done.
 */
final class SnapshotCodec {
  private SnapshotCodec() {}

  static byte[] encode(Catalog catalog) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
    Out out = new Out(new DataOutputStream(bytes));
    out.date(catalog.asOf());
    out.list(catalog.frameworks(), out::framework);
    out.map(catalog.runtimes(), k -> out.name(k), out::runtime);
    out.flush();
    return bytes.toByteArray();
  }

  static Catalog decode(byte[] bytes, int offset, int length) {
    In in = new In(ByteBuffer.wrap(bytes, offset, length));
    LocalDate asOf = in.date();
    List<Framework> frameworks = in.list(In::framework);
    Map<Runtime, RuntimeLifecycle> runtimes = new EnumMap<>(Runtime.class);
    int n = in.count();
    for (int i = 0; i < n; i++) {
      runtimes.put(in.name(Runtime.class), in.runtime());
    }
    if (in.buffer.hasRemaining()) {
      throw new IllegalStateException("bytes after the catalog");
    }
    return new Catalog(asOf, frameworks, runtimes);
  }

  /** A value writer that may fail with an I/O error (never, into a byte array). */
  private interface Writer<T> {
    void write(T value) throws IOException;
  }

  private static final class Out {
    private final DataOutputStream data;

    Out(DataOutputStream data) {
      this.data = data;
    }

    void flush() {
      try {
        data.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private boolean present(Object value) {
      try {
        data.writeBoolean(value != null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return value != null;
    }

    private void run(Writer<Void> action) {
      try {
        action.write(null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void string(String s) {
      if (present(s)) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        run(
            v -> {
              data.writeInt(utf8.length);
              data.write(utf8);
            });
      }
    }

    void date(LocalDate d) {
      if (present(d)) {
        run(v -> data.writeLong(d.toEpochDay()));
      }
    }

    void integer(Integer i) {
      if (present(i)) {
        run(v -> data.writeInt(i));
      }
    }

    void real(Double d) {
      if (present(d)) {
        run(v -> data.writeLong(Double.doubleToRawLongBits(d)));
      }
    }

    void bool(boolean b) {
      run(v -> data.writeBoolean(b));
    }

    void count(int n) {
      run(v -> data.writeInt(n));
    }

    void number(int n) {
      run(v -> data.writeInt(n));
    }

    void name(Enum<?> e) {
      string(e == null ? null : e.name());
    }

    <T> void optional(Optional<T> value, Writer<T> writer) {
      if (present(value.orElse(null))) {
        run(v -> writer.write(value.get()));
      }
    }

    <T> void list(List<T> values, Writer<T> writer) {
      if (present(values)) {
        count(values.size());
        for (T value : values) {
          run(v -> writer.write(value));
        }
      }
    }

    <K, V> void map(Map<K, V> values, Writer<K> keys, Writer<V> writer) {
      count(values.size());
      for (Map.Entry<K, V> e : values.entrySet()) {
        run(v -> keys.write(e.getKey()));
        run(v -> writer.write(e.getValue()));
      }
    }

    <T> void fact(Fact<T> fact, Writer<T> value) {
      if (present(fact)) {
        run(v -> value.write(fact.value()));
        string(fact.source());
        date(fact.asOf());
        bool(fact.verified());
        string(fact.note());
        optional(fact.since(), this::date);
        optional(fact.before(), b -> fact(b, value));
      }
    }

    void featureSupport(FeatureSupport s) {
      name(s.level());
      string(s.provider());
    }

    void source(Source s) {
      string(s.id());
      string(s.title());
      string(s.url());
      date(s.accessed());
      optional(s.published(), this::date);
    }

    void release(Release r) {
      string(r.line());
      date(r.released());
      date(r.activeSupportEnd());
      date(r.eol());
      bool(r.lts());
    }

    void runtime(RuntimeLifecycle r) {
      name(r.runtime());
      string(r.name());
      list(r.languages(), this::name);
      optional(r.supportPolicy(), f -> fact(f, this::string));
      fact(r.releases(), l -> list(l, this::release));
      map(r.sources(), this::string, this::source);
    }

    void framework(Framework f) {
      string(f.id());
      string(f.name());
      string(f.homepage());
      string(f.repository());
      fact(f.languages(), l -> list(l, this::name));
      fact(f.runtime(), this::name);
      fact(f.license(), this::string);
      fact(f.firstRelease(), this::integer);
      fact(
          f.version(),
          v -> {
            string(v.major());
            date(v.released());
            string(v.latest());
            date(v.latestDate());
            bool(v.preOne());
          });
      fact(f.requestModel(), this::name);
      fact(f.options(), l -> list(l, this::name));
      fact(f.structure(), this::name);
      fact(f.philosophy(), this::name);
      map(f.features(), this::name, fact -> fact(fact, this::featureSupport));
      fact(f.learningCurve(), this::name);
      string(f.learningNotes());
      fact(f.governance(), this::name);
      optional(f.supportPolicy(), p -> fact(p, this::string));
      optional(f.releases(), r -> fact(r, l -> list(l, this::release)));
      optional(f.health(), this::health);
      optional(
          f.performance(),
          p ->
              fact(
                  p,
                  q -> {
                    string(q.variant());
                    real(q.jsonRps());
                    real(q.fortunesRps());
                    number(q.hardwareThreads());
                    string(q.orm());
                    string(q.driver());
                    string(q.database());
                  }));
      optional(
          f.footprint(),
          p ->
              fact(
                  p,
                  q -> {
                    number(q.idleMemoryMb());
                    number(q.startupMs());
                  }));
      fact(f.bestFor(), l -> list(l, this::string));
      map(f.sources(), this::string, this::source);
      list(f.git().releaseTags(), this::string);
      optional(f.git().unavailable(), this::string);
      optional(f.git().history(), this::history);
      optional(f.firstReleaseDay(), this::date);
      optional(f.extendsFramework(), this::string);
    }

    void health(Health h) {
      date(h.asOf());
      string(h.source());
      integer(h.stars());
      integer(h.contributors());
      real(h.releasesPerYear());
      real(h.medianFirstResponseDays());
      real(h.changeRequestClosureRatio());
      integer(h.contributorAbsenceFactor());
      real(h.scorecard());
      bool(h.archived());
    }

    void history(RepositoryHistory h) {
      string(h.source());
      string(h.commit());
      date(h.asOf());
      list(
          h.activity(),
          a -> {
            date(a.asOf());
            string(a.commit());
            number(a.commits());
            number(a.authors());
            number(a.botCommits());
            integer(a.contributorAbsenceFactor());
            number(a.releases());
            number(a.preReleases());
            string(a.lastRelease());
            date(a.lastReleaseDate());
          });
      list(
          h.releases(),
          t -> {
            string(t.version());
            date(t.date());
            bool(t.preRelease());
          });
      optional(h.firstReleaseDate(), this::date);
      string(h.note());
    }
  }

  private static final class In {
    final ByteBuffer buffer;

    In(ByteBuffer buffer) {
      this.buffer = buffer;
    }

    private boolean present() {
      byte b = buffer.get();
      if (b != 0 && b != 1) {
        throw new IllegalStateException("not a presence byte: " + b);
      }
      return b == 1;
    }

    String string() {
      if (!present()) {
        return null;
      }
      int length = buffer.getInt();
      String s =
          new String(
              buffer.array(),
              buffer.arrayOffset() + buffer.position(),
              length,
              StandardCharsets.UTF_8);
      buffer.position(buffer.position() + length);
      return s;
    }

    LocalDate date() {
      return present() ? LocalDate.ofEpochDay(buffer.getLong()) : null;
    }

    Integer integer() {
      return present() ? buffer.getInt() : null;
    }

    int number() {
      return buffer.getInt();
    }

    Double real() {
      return present() ? Double.longBitsToDouble(buffer.getLong()) : null;
    }

    boolean bool() {
      return present();
    }

    int count() {
      int n = buffer.getInt();
      if (n < 0 || n > buffer.remaining()) {
        throw new IllegalStateException("impossible count " + n);
      }
      return n;
    }

    <E extends Enum<E>> E name(Class<E> type) {
      String name = string();
      return name == null ? null : Enum.valueOf(type, name);
    }

    <T> Optional<T> optional(Function<In, T> reader) {
      return present() ? Optional.of(reader.apply(this)) : Optional.empty();
    }

    <T> List<T> list(Function<In, T> reader) {
      if (!present()) {
        return null;
      }
      int n = count();
      List<T> values = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        values.add(reader.apply(this));
      }
      return Collections.unmodifiableList(values);
    }

    <K, V> Map<K, V> map(Function<In, K> keys, Function<In, V> values) {
      int n = count();
      Map<K, V> map = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        map.put(keys.apply(this), values.apply(this));
      }
      return map;
    }

    <T> Fact<T> fact(Function<In, T> value) {
      if (!present()) {
        return null;
      }
      T v = value.apply(this);
      String source = string();
      LocalDate asOf = date();
      boolean verified = bool();
      String note = string();
      Optional<LocalDate> since = optional(In::date);
      Optional<Fact<T>> before = optional(in -> in.fact(value));
      return new Fact<>(v, source, asOf, verified, note, since, before);
    }

    FeatureSupport featureSupport() {
      return new FeatureSupport(name(Support.class), string());
    }

    Source source() {
      return new Source(string(), string(), string(), date(), optional(In::date));
    }

    Release release() {
      return new Release(string(), date(), date(), date(), bool());
    }

    RuntimeLifecycle runtime() {
      return new RuntimeLifecycle(
          name(Runtime.class),
          string(),
          list(in -> in.name(Language.class)),
          optional(in -> in.fact(In::string)),
          fact(in -> in.list(In::release)),
          map(In::string, In::source));
    }

    Framework framework() {
      return new Framework(
          string(),
          string(),
          string(),
          string(),
          fact(in -> in.list(i -> i.name(Language.class))),
          fact(in -> in.name(Runtime.class)),
          fact(In::string),
          fact(In::integer),
          fact(in -> new Version(in.string(), in.date(), in.string(), in.date(), in.bool())),
          fact(in -> in.name(RequestModel.class)),
          fact(in -> in.list(i -> i.name(RequestModel.class))),
          fact(in -> in.name(Structure.class)),
          fact(in -> in.name(Philosophy.class)),
          map(in -> in.name(Feature.class), in -> in.fact(In::featureSupport)),
          fact(in -> in.name(LearningCurve.class)),
          string(),
          fact(in -> in.name(Governance.class)),
          optional(in -> in.fact(In::string)),
          optional(in -> in.fact(i -> i.list(In::release))),
          optional(In::health),
          optional(
              in ->
                  in.fact(
                      i ->
                          new Performance(
                              i.string(),
                              i.real(),
                              i.real(),
                              i.number(),
                              i.string(),
                              i.string(),
                              i.string()))),
          optional(in -> in.fact(i -> new Footprint(i.number(), i.number()))),
          fact(in -> in.list(In::string)),
          map(In::string, In::source),
          new GitFacts(list(In::string), optional(In::string), optional(In::history)),
          optional(In::date),
          optional(In::string));
    }

    Health health() {
      return new Health(
          date(), string(), integer(), integer(), real(), real(), real(), integer(), real(),
          bool());
    }

    RepositoryHistory history() {
      return new RepositoryHistory(
          string(),
          string(),
          date(),
          list(
              in ->
                  new ActivityWindow(
                      in.date(),
                      in.string(),
                      in.number(),
                      in.number(),
                      in.number(),
                      in.integer(),
                      in.number(),
                      in.number(),
                      in.string(),
                      in.date())),
          list(in -> new TaggedRelease(in.string(), in.date(), in.bool())),
          optional(In::date),
          string());
    }
  }
}
