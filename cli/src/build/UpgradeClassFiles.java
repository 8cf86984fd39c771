/*
 * Build step of the cli module (cli/pom.xml, package phase, right after copy-dependencies): rewrites
 * the class files of a jar in target/lib that are older than Java 8 (class-file version 52) to
 * version 52, with stack map frames computed by ASM, in place.
 *
 * Why: picocli 4.7 ships Java 5 class files (version 49), and the JDK 25 ahead-of-time cache
 * (JEP 483, AOTClassLinking) leaves classes older than version 50 out, so every start of the release
 * loaded and verified some 170 picocli classes from the jar (about 60 ms of a 0.46 s recommend).
 * The same bytecode as version 52 is cached like the rest (docs/benchmarks.md, "Release size and
 * start-up"). Both the release (bin/make-dist.sh) and ./stackfit run from cli/target/lib, so both
 * get the upgraded jar; tests run on the jar in the local Maven repository, which stays as it is.
 *
 * Usage (source-file mode, with ASM on the class path; cli/pom.xml runs it):
 *   java -cp asm.jar cli/src/build/UpgradeClassFiles.java target/lib/picocli-4.7.7.jar...
 *
 * Idempotent: a jar without older class files is left as it is, not even rewritten, because
 * copy-dependencies keeps the (newer) upgraded copy on the next build, and ./stackfit names its
 * start-up caches after the time the lib folder last changed. Any failure (a class ASM cannot
 * rewrite, such as one using jsr/ret, or a rewritten class the JVM does not verify) exits non-zero,
 * which fails the build; the jar is only replaced once every class of the new one has verified.
 */

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

public final class UpgradeClassFiles {
  private static final int TARGET = 52; // Java 8: the first version that must carry stack maps

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: UpgradeClassFiles JAR...");
      System.exit(2);
    }
    for (String arg : args) {
      Path jar = Path.of(arg);
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException("no jar at " + jar.toAbsolutePath());
      }
      upgrade(jar);
    }
  }

  private record Entry(ZipEntry entry, byte[] bytes) {}

  private static void upgrade(Path jar) throws Exception {
    List<Entry> entries = read(jar);
    List<String> old = new ArrayList<>();
    for (Entry e : entries) {
      if (isClass(e) && version(e.bytes()) < TARGET) {
        old.add(e.entry().getName());
      }
    }
    if (old.isEmpty()) {
      System.out.println("UpgradeClassFiles: " + jar.getFileName() + " is already upgraded");
      return;
    }
    Path temp = jar.resolveSibling(jar.getFileName() + ".upgrading");
    try (URLClassLoader original = loader(jar)) {
      try (OutputStream file = Files.newOutputStream(temp);
          ZipOutputStream out = new ZipOutputStream(file)) {
        for (Entry e : entries) {
          byte[] bytes = e.bytes();
          if (isClass(e) && version(bytes) < TARGET) {
            bytes = rewrite(bytes, original);
          }
          ZipEntry copy = new ZipEntry(e.entry().getName());
          copy.setTime(e.entry().getTime());
          out.putNextEntry(copy);
          out.write(bytes);
          out.closeEntry();
        }
      }
      verify(temp, old);
      Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    System.out.println(
        "UpgradeClassFiles: "
            + jar.getFileName()
            + ": "
            + old.size()
            + " class files upgraded to version "
            + TARGET);
  }

  private static List<Entry> read(Path jar) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
        ZipEntry entry = all.nextElement();
        try (InputStream in = zip.getInputStream(entry)) {
          entries.add(new Entry(entry, in.readAllBytes()));
        }
      }
    }
    return entries;
  }

  private static boolean isClass(Entry e) {
    return e.entry().getName().endsWith(".class") && !e.entry().isDirectory();
  }

  /** The major class-file version, from the header (0xCAFEBABE, minor, major). */
  private static int version(byte[] bytes) {
    if (bytes.length < 8 || (bytes[0] & 0xff) != 0xca || (bytes[1] & 0xff) != 0xfe) {
      throw new IllegalStateException("not a class file");
    }
    return ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
  }

  /**
   * The class at version 52 with frames recomputed. The writer gets no ClassReader: given one, ASM
   * copies unchanged methods as they are, without the stack maps version 52 requires. Frames need
   * the common superclass of two types, which ASM finds by loading them (uninitialised) from the
   * original jar.
   */
  private static byte[] rewrite(byte[] bytes, ClassLoader original) {
    ClassReader reader = new ClassReader(bytes);
    ClassWriter writer =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
          @Override
          protected ClassLoader getClassLoader() {
            return original;
          }
        };
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visit(
              int version,
              int access,
              String name,
              String signature,
              String superName,
              String[] interfaces) {
            super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
          }
        },
        ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }

  /**
   * Loads and initialises every rewritten class from the new jar in a loader of its own: the JVM
   * verifies a class when it links it, so a wrong stack map fails here rather than at a user's
   * start.
   */
  private static void verify(Path jar, List<String> classes) throws IOException {
    try (URLClassLoader loader = loader(jar)) {
      for (String name : classes) {
        String binary = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        if (binary.endsWith("module-info") || binary.endsWith("package-info")) {
          continue;
        }
        try {
          Class.forName(binary, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("the upgraded " + name + " does not load: " + e, e);
        }
      }
    }
  }

  private static URLClassLoader loader(Path jar) throws IOException {
    return new URLClassLoader(
        new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
  }

  private UpgradeClassFiles() {}
}
