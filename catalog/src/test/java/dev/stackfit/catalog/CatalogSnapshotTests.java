package dev.stackfit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.catalog.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSnapshotTests {
  private final CatalogLoader loader = new CatalogLoader();

  /** A copy of the shipped catalog that a test may edit. */
  private static Path copyOfShipped(Path into) throws IOException {
    Path target = into.resolve("data");
    try (Stream<Path> paths = Files.walk(ShippedCatalogTests.DATA)) {
      for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
        Path to = target.resolve(ShippedCatalogTests.DATA.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }

  @Test
  void theSnapshotHoldsTheSameCatalogAsTheYaml(@TempDir Path tmp) throws IOException {
    Path snapshot = tmp.resolve("catalog.snapshot");
    Catalog fromYaml = loader.load(ShippedCatalogTests.DATA);

    Catalog first = loader.load(ShippedCatalogTests.DATA, snapshot);
    assertThat(snapshot).exists();
    String digest = CatalogSnapshot.digest(ShippedCatalogTests.DATA);
    Catalog stored = CatalogSnapshot.read(snapshot, digest).orElseThrow();
    Catalog second = loader.load(ShippedCatalogTests.DATA, snapshot);

    assertThat(first).isEqualTo(fromYaml);
    assertThat(stored).isEqualTo(fromYaml);
    assertThat(second).isEqualTo(fromYaml);
    // Equal records could still differ in what equality does not see (map order): compare text.
    assertThat(stored.toString()).isEqualTo(fromYaml.toString());
  }

  @Test
  void anEditedCatalogIsReadFromItsYamlAndTheSnapshotRewritten(@TempDir Path tmp)
      throws IOException {
    Path data = copyOfShipped(tmp);
    Path snapshot = tmp.resolve("catalog.snapshot");
    Catalog before = loader.load(data, snapshot);
    String oldDigest = CatalogSnapshot.digest(data);
    assertThat(CatalogSnapshot.read(snapshot, oldDigest)).isPresent();

    Path django = data.resolve("frameworks/django.yaml");
    String yaml = Files.readString(django);
    String name = before.find("django").orElseThrow().name();
    assertThat(yaml).contains("name: " + name);
    Files.writeString(django, yaml.replace("name: " + name, "name: Django (edited)"));

    String newDigest = CatalogSnapshot.digest(data);
    assertThat(newDigest).isNotEqualTo(oldDigest);
    assertThat(CatalogSnapshot.read(snapshot, newDigest)).isEmpty();
    Catalog after = loader.load(data, snapshot);
    assertThat(after.find("django").orElseThrow().name()).isEqualTo("Django (edited)");
    assertThat(after).isEqualTo(loader.load(data));
    // the snapshot now holds the edited catalog
    assertThat(CatalogSnapshot.read(snapshot, newDigest)).contains(after);
  }

  @Test
  void anAddedOrRemovedFileMakesTheSnapshotStale(@TempDir Path tmp) throws IOException {
    Path data = copyOfShipped(tmp);
    String digest = CatalogSnapshot.digest(data);
    Path extra = data.resolve("frameworks/notes.txt");
    Files.writeString(extra, "not a framework");
    assertThat(CatalogSnapshot.digest(data)).isNotEqualTo(digest);
    Files.delete(extra);
    assertThat(CatalogSnapshot.digest(data)).isEqualTo(digest);
    Files.move(data.resolve("runtimes/cpython.yaml"), data.resolve("runtimes/cpython.yml"));
    assertThat(CatalogSnapshot.digest(data)).isNotEqualTo(digest);
  }

  @Test
  void aTruncatedOrCorruptedSnapshotFallsBackToTheYamlSilently(@TempDir Path tmp)
      throws IOException {
    Path snapshot = tmp.resolve("catalog.snapshot");
    Catalog fromYaml = loader.load(ShippedCatalogTests.DATA);
    loader.load(ShippedCatalogTests.DATA, snapshot);
    byte[] good = Files.readAllBytes(snapshot);
    String digest = CatalogSnapshot.digest(ShippedCatalogTests.DATA);
    int headerEnd = indexOf(good, (byte) '\n');
    String[] header = new String(good, 0, headerEnd, StandardCharsets.UTF_8).split(" ", -1);

    byte[] flipped = good.clone();
    flipped[flipped.length / 2] ^= 0x5a;
    byte[] garbageWithValidHeader = garbageBody(header, good.length - headerEnd - 1);

    for (byte[] damaged :
        new byte[][] {
          Arrays.copyOf(good, good.length / 2),
          Arrays.copyOf(good, headerEnd),
          flipped,
          garbageWithValidHeader,
          new byte[0],
          "not a snapshot".getBytes(StandardCharsets.UTF_8)
        }) {
      Files.write(snapshot, damaged);
      assertThat(CatalogSnapshot.read(snapshot, digest)).isEmpty();
      String stderr =
          stderrOf(
              () ->
                  assertThat(loader.load(ShippedCatalogTests.DATA, snapshot)).isEqualTo(fromYaml));
      assertThat(stderr).isEmpty();
      // ... and the snapshot was made whole again
      assertThat(CatalogSnapshot.read(snapshot, digest)).contains(fromYaml);
    }
  }

  @Test
  void aSnapshotOfAnotherBuildOrFormatIsNotUsed(@TempDir Path tmp) throws IOException {
    Path snapshot = tmp.resolve("catalog.snapshot");
    loader.load(ShippedCatalogTests.DATA, snapshot);
    String digest = CatalogSnapshot.digest(ShippedCatalogTests.DATA);
    byte[] good = Files.readAllBytes(snapshot);
    int headerEnd = indexOf(good, (byte) '\n');
    String[] header = new String(good, 0, headerEnd, StandardCharsets.UTF_8).split(" ", -1);
    for (int field : new int[] {1, 2}) {
      String[] changed = header.clone();
      changed[field] = changed[field] + "x";
      Files.write(snapshot, withHeader(changed, good, headerEnd));
      assertThat(CatalogSnapshot.read(snapshot, digest)).as("header field %d", field).isEmpty();
    }
  }

  @Test
  void anUnwritableSnapshotOnlyCostsTime(@TempDir Path tmp) throws IOException {
    Path blocker = tmp.resolve("file");
    Files.writeString(blocker, "a file where the snapshot's folder would be");
    Path snapshot = blocker.resolve("catalog.snapshot");
    assertThat(loader.load(ShippedCatalogTests.DATA, snapshot))
        .isEqualTo(loader.load(ShippedCatalogTests.DATA));
  }

  /**
   * The shape of the catalog model that {@link SnapshotCodec} writes: every record reachable from
   * {@link Catalog}, with its components, and every enum with its constants. When this test fails,
   * a model record changed: make SnapshotCodec write and read the new shape, raise
   * CatalogSnapshot.FORMAT, and update MODEL_SHAPE.
   */
  @Test
  void theCodecKnowsTheModelsCurrentShape() {
    assertThat(shape()).isEqualTo(MODEL_SHAPE);
    assertThat(CatalogSnapshot.FORMAT).isEqualTo(4);
  }

  static final String MODEL_SHAPE =
      """
      ActivityWindow asOf:LocalDate commit:String commits:int authors:int botCommits:int contributorAbsenceFactor:Integer releases:int preReleases:int lastRelease:String lastReleaseDate:LocalDate
      Catalog asOf:LocalDate frameworks:List<Framework> runtimes:Map<Runtime, RuntimeLifecycle>
      Fact value:T source:String asOf:LocalDate verified:boolean note:String since:Optional<LocalDate> before:Optional<Fact<T>>
      Feature enum [ORM, MIGRATIONS, ADMIN_UI, AUTH, VALIDATION, OPENAPI, SERVER_TEMPLATES, WEBSOCKETS, GRPC, MESSAGE_QUEUE, BACKGROUND_JOBS, GRAPHQL, DEPENDENCY_INJECTION, STATIC_TYPING, NATIVE_BINARY, TRANSACTIONS, EDGE_RUNTIME]
      FeatureSupport level:Support provider:String
      Footprint idleMemoryMb:int startupMs:int
      Framework id:String name:String homepage:String repository:String languages:Fact<List<Language>> runtime:Fact<Runtime> license:Fact<String> firstRelease:Fact<Integer> version:Fact<Version> requestModel:Fact<RequestModel> options:Fact<List<RequestModel>> structure:Fact<Structure> philosophy:Fact<Philosophy> features:Map<Feature, Fact<FeatureSupport>> learningCurve:Fact<LearningCurve> learningNotes:String governance:Fact<Governance> supportPolicy:Optional<Fact<String>> releases:Optional<Fact<List<Release>>> health:Optional<Health> performance:Optional<Fact<Performance>> footprint:Optional<Fact<Footprint>> bestFor:Fact<List<String>> sources:Map<String, Source> git:GitFacts firstReleaseDay:Optional<LocalDate> extendsFramework:Optional<String>
      GitFacts releaseTags:List<String> unavailable:Optional<String> history:Optional<RepositoryHistory>
      Governance enum [FOUNDATION, COMPANY, COMMUNITY, INDIVIDUAL]
      Health asOf:LocalDate source:String stars:Integer contributors:Integer releasesPerYear:Double medianFirstResponseDays:Double changeRequestClosureRatio:Double contributorAbsenceFactor:Integer scorecard:Double archived:boolean
      Language enum [JAVASCRIPT, TYPESCRIPT, PYTHON, RUBY, PHP, JAVA, KOTLIN, SCALA, GROOVY, CSHARP, FSHARP, GO, RUST, ELIXIR]
      LearningCurve enum [LOW, MODERATE, STEEP]
      Performance variant:String jsonRps:double fortunesRps:double hardwareThreads:int orm:String driver:String database:String
      Philosophy enum [BATTERIES, MODULAR]
      Release line:String released:LocalDate activeSupportEnd:LocalDate eol:LocalDate lts:boolean
      RepositoryHistory source:String commit:String asOf:LocalDate activity:List<ActivityWindow> releases:List<TaggedRelease> firstReleaseDate:Optional<LocalDate> note:String
      RequestModel enum [THREAD_PER_REQUEST, EVENT_LOOP, ASYNC_AWAIT, VIRTUAL_THREADS, GOROUTINES, ACTORS]
      Runtime enum [NODE, CPYTHON, RUBY, PHP, JVM, DOTNET, NATIVE, BEAM]
      RuntimeLifecycle runtime:Runtime name:String languages:List<Language> supportPolicy:Optional<Fact<String>> releases:Fact<List<Release>> sources:Map<String, Source>
      Source id:String title:String url:String accessed:LocalDate published:Optional<LocalDate>
      Structure enum [CONVENTION, FLEXIBLE]
      Support enum [BUILT_IN, FIRST_PARTY, ECOSYSTEM, NONE]
      TaggedRelease version:String date:LocalDate preRelease:boolean
      Version major:String released:LocalDate latest:String latestDate:LocalDate preOne:boolean
      """;

  static String shape() {
    java.util.Map<String, String> seen = new java.util.TreeMap<>();
    describe(Catalog.class, seen);
    StringBuilder out = new StringBuilder();
    seen.forEach((k, v) -> out.append(k).append(v).append('\n'));
    return out.toString();
  }

  private static void describe(java.lang.reflect.Type type, java.util.Map<String, String> seen) {
    if (type instanceof java.lang.reflect.ParameterizedType p) {
      describe(p.getRawType(), seen);
      for (java.lang.reflect.Type argument : p.getActualTypeArguments()) {
        describe(argument, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || !c.getName().startsWith("dev.stackfit.")) {
      return;
    }
    if (seen.containsKey(c.getSimpleName())) {
      return;
    }
    if (c.isEnum()) {
      seen.put(c.getSimpleName(), " enum " + Arrays.toString(c.getEnumConstants()));
    } else if (c.isRecord()) {
      StringBuilder components = new StringBuilder();
      seen.put(c.getSimpleName(), "");
      for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
        components
            .append(' ')
            .append(rc.getName())
            .append(':')
            .append(
                rc.getGenericType()
                    .getTypeName()
                    .replace("dev.stackfit.core.catalog.", "")
                    .replace("java.util.", "")
                    .replace("java.lang.", "")
                    .replace("java.time.", ""));
        describe(rc.getGenericType(), seen);
      }
      seen.put(c.getSimpleName(), components.toString());
    } else {
      seen.put(c.getSimpleName(), " UNEXPECTED " + c.getName());
    }
  }

  private static byte[] garbageBody(String[] header, int length) {
    byte[] body = new byte[length];
    Arrays.fill(body, (byte) 0x3a);
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(body);
    String[] changed = header.clone();
    changed[5] = Long.toHexString(crc.getValue());
    byte[] head = (String.join(" ", changed) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private static byte[] withHeader(String[] header, byte[] good, int headerEnd) {
    byte[] head = String.join(" ", header).getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(head, head.length + good.length - headerEnd);
    System.arraycopy(good, headerEnd, all, head.length, good.length - headerEnd);
    return all;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static String stderrOf(Runnable action) {
    PrintStream real = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } catch (UncheckedIOException e) {
      throw e;
    } finally {
      System.setErr(real);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
