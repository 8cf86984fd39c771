package dev.stackfit.lab.load;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Frames HTTP/1.1 responses straight from the bytes read, without allocating: it keeps the status,
 * the three headers that decide where a response ends (Content-Length, Transfer-Encoding and
 * Connection) and nothing else. Netty's HTTP decoder builds a header map, strings and message
 * objects for every response; a load generator needs none of them, and they were most of its
 * allocation and a third of its CPU.
 *
 * <p>One per connection slot, used only on its event loop; {@link #reset} before each connection.
 */
final class ResponseParser {
  /** Longest status line, chunk-size line or header section accepted, as Netty's defaults. */
  static final int MAX_LINE_BYTES = 4096;

  static final int MAX_HEADER_BYTES = 65_536;

  /** Bytes of a line kept for parsing; the headers read here are far shorter. */
  private static final int KEPT_LINE_BYTES = 1024;

  /** Bytes copied out of the input at a time to look for line ends in. */
  private static final int WINDOW_BYTES = 1024;

  private static final byte[] CONTENT_LENGTH = ascii("content-length");
  private static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding");
  private static final byte[] CONNECTION = ascii("connection");

  /** What a parsed response tells its connection; called on the event loop. */
  interface Listener {
    /** Body bytes {@code in[index, index + length)}; only valid during the call. */
    void onBody(ByteBuf in, int index, int length);

    /**
     * A whole response arrived; returns whether to go on reading this input (false once the
     * connection was let go).
     */
    boolean onComplete(int status, boolean keepAlive);

    /** The bytes are not an HTTP/1.x response; the rest of the input is ignored. */
    void onMalformed();
  }

  private enum State {
    STATUS_LINE,
    HEADER_LINE,
    FIXED_BODY,
    CHUNK_SIZE_LINE,
    CHUNK_DATA,
    CHUNK_DATA_END,
    TRAILER_LINE,
    UNTIL_CLOSE,
    MALFORMED
  }

  private final Listener listener;
  private final byte[] line = new byte[KEPT_LINE_BYTES];

  /** Bytes of the input copied out for scanning lines (see {@link #lines}). */
  private final byte[] window = new byte[WINDOW_BYTES];

  private int lineLength;
  private int headerBytes;
  private boolean headRequests;
  private State state = State.STATUS_LINE;
  private int status;
  private boolean http10;
  private long contentLength;
  private boolean chunked;
  private boolean close;
  private boolean keepAliveToken;
  private long remaining;

  ResponseParser(Listener listener) {
    this.listener = listener;
  }

  /** Starts afresh for a new connection; responses to HEAD requests have no body. */
  void reset(boolean headRequests) {
    this.headRequests = headRequests;
    state = State.STATUS_LINE;
    lineLength = 0;
    headerBytes = 0;
  }

  /** Consumes every readable byte of {@code in}, telling the listener what completes. */
  void read(ByteBuf in) {
    while (in.isReadable()) {
      switch (state) {
        case FIXED_BODY, CHUNK_DATA -> body(in);
        case UNTIL_CLOSE -> {
          listener.onBody(in, in.readerIndex(), in.readableBytes());
          in.skipBytes(in.readableBytes());
        }
        case MALFORMED -> in.skipBytes(in.readableBytes());
        default -> {
          if (!lines(in)) {
            in.skipBytes(in.readableBytes());
            return;
          }
        }
      }
    }
  }

  /**
   * The connection closed: a response whose body runs until the close is complete then. Returns
   * true when that completed a response.
   */
  boolean endOfInput() {
    if (state != State.UNTIL_CLOSE) {
      return false;
    }
    state = State.STATUS_LINE;
    listener.onComplete(status, false);
    return true;
  }

  /**
   * Reads lines while the state wants lines; false when the input should be dropped. The bytes are
   * copied into {@link #window} once and scanned there: the generator runs on C1 (see the
   * launcher), where scanning a direct buffer byte by byte, or even with {@code ByteBuf.indexOf},
   * costs a call chain per byte or word; it was half of the generator's Java time (JFR).
   */
  private boolean lines(ByteBuf in) {
    int start = in.readerIndex();
    int n = Math.min(in.readableBytes(), window.length);
    in.getBytes(start, window, 0, n);
    int pos = 0;
    while (pos < n && wantsLine()) {
      int feed = indexOf(window, pos, n, (byte) '\n');
      int end = feed < 0 ? n : feed;
      int taken = end - pos;
      int kept = Math.min(taken, KEPT_LINE_BYTES - Math.min(lineLength, KEPT_LINE_BYTES));
      if (kept > 0) {
        System.arraycopy(window, pos, line, lineLength, kept);
      }
      lineLength += taken;
      if (feed < 0) {
        pos = n;
        if (tooLong()) {
          malformed();
        }
        break;
      }
      pos = feed + 1;
      in.readerIndex(start + pos);
      if (!lineDone()) {
        return false;
      }
    }
    in.readerIndex(start + pos);
    return true;
  }

  private boolean wantsLine() {
    return switch (state) {
      case STATUS_LINE, HEADER_LINE, CHUNK_SIZE_LINE, CHUNK_DATA_END, TRAILER_LINE -> true;
      default -> false;
    };
  }

  /** A whole line is in {@link #line}; false when the input should be dropped. */
  private boolean lineDone() {
    if (tooLong()) {
      malformed();
      return true;
    }
    int length = lineLength;
    if (length > 0 && length <= KEPT_LINE_BYTES && line[length - 1] == '\r') {
      length--;
    }
    if (state == State.HEADER_LINE || state == State.TRAILER_LINE) {
      headerBytes += lineLength;
    }
    lineLength = 0;
    return lineDone(Math.min(length, KEPT_LINE_BYTES));
  }

  private boolean tooLong() {
    boolean headers = state == State.HEADER_LINE || state == State.TRAILER_LINE;
    return headers ? headerBytes + lineLength > MAX_HEADER_BYTES : lineLength > MAX_LINE_BYTES;
  }

  private boolean lineDone(int length) {
    switch (state) {
      case STATUS_LINE -> statusLine(length);
      case HEADER_LINE -> {
        if (length == 0) {
          return endOfHeaders();
        }
        header(length);
      }
      case CHUNK_SIZE_LINE -> chunkSize(length);
      case CHUNK_DATA_END -> {
        if (length != 0) {
          malformed();
        } else {
          state = State.CHUNK_SIZE_LINE;
        }
      }
      case TRAILER_LINE -> {
        if (length == 0) {
          return complete(keepAlive());
        }
      }
      default -> throw new IllegalStateException("not a line state: " + state);
    }
    return true;
  }

  private void statusLine(int length) {
    if (length == 0) {
      return; // blank lines before a status line are tolerated, as Netty does
    }
    // "HTTP/1.x NNN" and optionally a space and a reason
    if (length < 12
        || !startsWith(line, "HTTP/1.")
        || (line[7] != '0' && line[7] != '1')
        || line[8] != ' '
        || !digit(line[9])
        || !digit(line[10])
        || !digit(line[11])
        || (length > 12 && line[12] != ' ')) {
      malformed();
      return;
    }
    http10 = line[7] == '0';
    status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
    contentLength = -1;
    chunked = false;
    close = false;
    keepAliveToken = false;
    headerBytes = 0;
    state = State.HEADER_LINE;
  }

  private void header(int length) {
    if (line[0] == ' ' || line[0] == '\t') {
      return; // an obsolete folded continuation of a header this parser does not read
    }
    int colon = indexOf(line, 0, length, (byte) ':');
    if (colon <= 0) {
      malformed();
      return;
    }
    int nameEnd = trimEnd(line, 0, colon);
    int valueStart = trimStart(line, colon + 1, length);
    int valueEnd = trimEnd(line, valueStart, length);
    if (nameIs(CONTENT_LENGTH, nameEnd)) {
      contentLength(valueStart, valueEnd);
    } else if (nameIs(TRANSFER_ENCODING, nameEnd)) {
      // Only a final "chunked" coding frames the body in chunks.
      chunked = lastTokenIs("chunked", valueStart, valueEnd);
    } else if (nameIs(CONNECTION, nameEnd)) {
      connectionTokens(valueStart, valueEnd);
    }
  }

  private void contentLength(int start, int end) {
    long value = 0;
    if (start == end || end - start > 18) {
      malformed();
      return;
    }
    for (int i = start; i < end; i++) {
      if (!digit(line[i])) {
        malformed();
        return;
      }
      value = value * 10 + (line[i] - '0');
    }
    if (contentLength >= 0 && contentLength != value) {
      malformed();
      return;
    }
    contentLength = value;
  }

  private void connectionTokens(int start, int end) {
    int tokenStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || line[i] == ',') {
        int s = trimStart(line, tokenStart, i);
        int e = trimEnd(line, s, i);
        close |= equalsIgnoreCase("close", s, e);
        keepAliveToken |= equalsIgnoreCase("keep-alive", s, e);
        tokenStart = i + 1;
      }
    }
  }

  private boolean lastTokenIs(String token, int start, int end) {
    int comma = end;
    while (comma > start && line[comma - 1] != ',') {
      comma--;
    }
    int s = trimStart(line, comma, end);
    return equalsIgnoreCase(token, s, end);
  }

  private boolean endOfHeaders() {
    if (status >= 100 && status < 200 && status != 101) {
      state = State.STATUS_LINE; // an interim response; the real one follows
      return true;
    }
    boolean noBody = headRequests || status == 204 || status == 304 || status == 101;
    if (noBody || (!chunked && contentLength == 0)) {
      return complete(keepAlive() && status != 101);
    }
    if (chunked) {
      state = State.CHUNK_SIZE_LINE;
    } else if (contentLength > 0) {
      remaining = contentLength;
      state = State.FIXED_BODY;
    } else {
      state = State.UNTIL_CLOSE;
    }
    return true;
  }

  private void chunkSize(int length) {
    long size = 0;
    int digits = 0;
    for (int i = 0; i < length; i++) {
      int value = Character.digit(line[i], 16);
      if (value < 0) {
        if (line[i] == ';' || line[i] == ' ' || line[i] == '\t') {
          break; // chunk extensions are ignored
        }
        malformed();
        return;
      }
      if (++digits > 15) {
        malformed();
        return;
      }
      size = size * 16 + value;
    }
    if (digits == 0) {
      malformed();
    } else if (size == 0) {
      headerBytes = 0;
      state = State.TRAILER_LINE;
    } else {
      remaining = size;
      state = State.CHUNK_DATA;
    }
  }

  private void body(ByteBuf in) {
    int n = (int) Math.min(remaining, in.readableBytes());
    listener.onBody(in, in.readerIndex(), n);
    in.skipBytes(n);
    remaining -= n;
    if (remaining > 0) {
      return;
    }
    if (state == State.CHUNK_DATA) {
      state = State.CHUNK_DATA_END;
    } else if (!complete(keepAlive())) {
      in.skipBytes(in.readableBytes());
    }
  }

  private boolean keepAlive() {
    return http10 ? keepAliveToken && !close : !close;
  }

  private boolean complete(boolean keepAlive) {
    state = State.STATUS_LINE;
    return listener.onComplete(status, keepAlive);
  }

  private void malformed() {
    state = State.MALFORMED;
    listener.onMalformed();
  }

  private boolean nameIs(byte[] lowerName, int nameEnd) {
    if (nameEnd != lowerName.length) {
      return false;
    }
    for (int i = 0; i < nameEnd; i++) {
      if ((line[i] | 0x20) != lowerName[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean equalsIgnoreCase(String lower, int start, int end) {
    if (end - start != lower.length()) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      if ((line[start + i] | 0x20) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (bytes[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, int from, int to, byte value) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static int trimStart(byte[] bytes, int from, int to) {
    while (from < to && (bytes[from] == ' ' || bytes[from] == '\t')) {
      from++;
    }
    return from;
  }

  private static int trimEnd(byte[] bytes, int from, int to) {
    while (to > from && (bytes[to - 1] == ' ' || bytes[to - 1] == '\t')) {
      to--;
    }
    return to;
  }

  private static boolean digit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
