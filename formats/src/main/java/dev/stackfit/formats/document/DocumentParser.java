package dev.stackfit.formats.document;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads YAML or JSON text into a located {@link Document}; JSON is recognised by a leading {@code
 * {}. Every failure is an {@link InvalidInputException} with a plain, located message.
 */
public final class DocumentParser {
  /**
   * The largest document read: profiles, lab files, decision files and catalog entries are a few
   * kilobytes, and a YAML scanner spends quadratic time on one huge value.
   */
  public static final int MAX_BYTES = 1024 * 1024;

  private DocumentParser() {}

  /** Reads {@code file}; problems name the file as given. */
  public static Document read(Path file) {
    String source = file.toString();
    byte[] bytes;
    try {
      if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
        throw fileProblem(source, "is not a regular file (a pipe or device cannot be read here)");
      }
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        throw tooLarge(source, Files.size(file));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw fileProblem(source, "file not found");
    } catch (IOException | SecurityException e) {
      throw fileProblem(
          source,
          Files.isDirectory(file) ? "cannot be read (it is a directory)" : "cannot be read");
    }
    return parse(bytes, source);
  }

  /** Parses bytes that should be UTF-8 text. */
  public static Document parse(byte[] bytes, String source) {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(source, bytes.length);
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw binary(source, i);
      }
    }
    return parseText(decodeUtf8(bytes, source), source);
  }

  /** Parses text already in memory (for example a request body). */
  public static Document parse(String text, String source) {
    if (text.length() > MAX_BYTES) {
      throw tooLarge(source, text.length());
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw binary(source, text.substring(0, nul).getBytes(StandardCharsets.UTF_8).length);
    }
    return parseText(text, source);
  }

  private static Document parseText(String text, String source) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.isBlank()) {
      throw fileProblem(source, "is empty");
    }
    return body.strip().startsWith("{")
        ? JacksonTreeBuilder.build(body, source)
        : SnakeYamlTreeBuilder.build(body, source);
  }

  private static String decodeUtf8(byte[] bytes, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw binary(source, in.position());
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static InvalidInputException tooLarge(String source, long size) {
    return fileProblem(
        source,
        "is too large ("
            + String.format(Locale.ROOT, "%,d", size)
            + " bytes; the limit is "
            + String.format(Locale.ROOT, "%,d", MAX_BYTES)
            + "): this is not a profile, lab, decision or catalog file");
  }

  private static InvalidInputException binary(String source, int byteOffset) {
    return fileProblem(source, "is not a text file (binary data at byte " + byteOffset + ")");
  }

  static InvalidInputException fileProblem(String source, String message) {
    return new InvalidInputException(new Problem(source, 0, 0, "", message));
  }
}
