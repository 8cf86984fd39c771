package dev.stackfit.lab.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseParserTests {

  private static final class Recording implements ResponseParser.Listener {
    final List<String> events = new ArrayList<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    boolean keepReading = true;

    @Override
    public void onBody(ByteBuf in, int index, int length) {
      byte[] bytes = new byte[length];
      in.getBytes(index, bytes);
      body.writeBytes(bytes);
    }

    @Override
    public boolean onComplete(int status, boolean keepAlive) {
      events.add(status + (keepAlive ? " keep-alive" : " close") + " " + bodyText());
      body.reset();
      return keepReading;
    }

    @Override
    public void onMalformed() {
      events.add("malformed");
    }

    String bodyText() {
      return body.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private final Recording listener = new Recording();
  private final ResponseParser parser = new ResponseParser(listener);

  private void feed(String text) {
    parser.read(Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1));
  }

  /** Feeds one byte at a time, the worst split a socket can produce. */
  private void feedBytewise(String text) {
    for (int i = 0; i < text.length(); i++) {
      feed(text.substring(i, i + 1));
    }
  }

  @Test
  void readsAResponseWithContentLengthAndKeepsTheConnection() {
    parser.reset(false);
    feed("HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Length: 5\r\n\r\nhello");
    assertThat(listener.events).containsExactly("200 keep-alive hello");
  }

  @Test
  void givesTheSameResultWhateverHowTheBytesAreSplit() {
    parser.reset(false);
    feedBytewise(
        "HTTP/1.1 201 Created\r\ncontent-length: 3\r\n\r\nabc"
            + "HTTP/1.1 500 Oops\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Trailer: yes\r\n\r\n");
    assertThat(listener.events).containsExactly("201 keep-alive abc", "500 keep-alive Wikipedia");
  }

  @Test
  void readsHeaderLinesLongerThanWhatItCopiesOutAtATime() {
    // Lines are looked for in windows of 1 KiB copied out of the input: a header of 3,000 bytes
    // spans several, and the headers after it must still be read.
    String response =
        "HTTP/1.1 200 OK\r\nSet-Cookie: "
            + "c".repeat(3000)
            + "\r\n"
            + ("X-Filler: " + "y".repeat(500) + "\r\n").repeat(6)
            + "Content-Length: 4\r\nConnection: close\r\n\r\nbody";
    parser.reset(false);
    feed(response + response);
    feedBytewise(response);
    assertThat(listener.events)
        .containsExactly("200 close body", "200 close body", "200 close body");
  }

  @Test
  void readsBackToBackResponsesInOneBuffer() {
    parser.reset(false);
    feed(
        "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na"
            + "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
            + "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb");
    assertThat(listener.events)
        .containsExactly("200 keep-alive a", "404 keep-alive ", "200 keep-alive b");
  }

  @Test
  void stopsReadingWhenTheListenerLetsTheConnectionGo() {
    parser.reset(false);
    listener.keepReading = false;
    feed(
        "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    assertThat(listener.events).containsExactly("200 keep-alive a");
  }

  @Test
  void expectsNoBodyForHeadRequestsAndForNoContentOrNotModified() {
    parser.reset(true);
    feed("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
    parser.reset(false);
    feed("HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 304 Not Modified\r\nContent-Length: 9\r\n\r\n");
    assertThat(listener.events)
        .containsExactly("200 keep-alive ", "204 keep-alive ", "304 keep-alive ");
  }

  @Test
  void honoursConnectionCloseAndTheHttp10Default() {
    parser.reset(false);
    feed("HTTP/1.1 200 OK\r\nConnection: Keep-Alive, CLOSE\r\nContent-Length: 0\r\n\r\n");
    feed("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n");
    feed("HTTP/1.0 200 OK\r\nconnection: keep-alive\r\nContent-Length: 0\r\n\r\n");
    assertThat(listener.events).containsExactly("200 close ", "200 close ", "200 keep-alive ");
  }

  @Test
  void aBodyWithoutLengthEndsWhenTheConnectionCloses() {
    parser.reset(false);
    feed("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil ");
    feed("the end");
    assertThat(listener.events).isEmpty();
    assertThat(parser.endOfInput()).isTrue();
    assertThat(listener.events).containsExactly("200 close until the end");
  }

  @Test
  void aCloseMidResponseCompletesNothing() {
    parser.reset(false);
    feed("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial");
    assertThat(parser.endOfInput()).isFalse();
    assertThat(listener.events).isEmpty();
  }

  @Test
  void skipsInterimResponses() {
    parser.reset(false);
    feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    assertThat(listener.events).containsExactly("200 keep-alive ok");
  }

  @Test
  void aFinalChunkedCodingWinsOverContentLength() {
    parser.reset(false);
    feed(
        "HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
            + "2\r\nok\r\n0\r\n\r\n");
    assertThat(listener.events).containsExactly("200 keep-alive ok");
  }

  @Test
  void reportsWhatIsNotAnHttpResponse() {
    for (String bad :
        List.of(
            "SSH-2.0-OpenSSH_9.2\r\n",
            "HTTP/2 200\r\n",
            "HTTP/1.1 2x0 OK\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: twelve\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
            "HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokX\r\n",
            "HTTP/1.1 200 " + "x".repeat(ResponseParser.MAX_LINE_BYTES) + "\r\n",
            "HTTP/1.1 200 OK\r\n"
                + ("X-Filler: " + "y".repeat(1000) + "\r\n").repeat(70)
                + "\r\n")) {
      Recording recording = new Recording();
      ResponseParser fresh = new ResponseParser(recording);
      fresh.reset(false);
      fresh.read(Unpooled.copiedBuffer(bad, StandardCharsets.ISO_8859_1));
      fresh.read(Unpooled.copiedBuffer("HTTP/1.1 200 OK\r\n\r\n", StandardCharsets.ISO_8859_1));
      assertThat(recording.events)
          .as(bad.substring(0, Math.min(40, bad.length())))
          .containsExactly("malformed");
    }
  }
}
