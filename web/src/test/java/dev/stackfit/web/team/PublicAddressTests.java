package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invitation links are sent to colleagues, so their host must never come from the request: a proxy
 * that passes the client's Host header through would otherwise let anyone plant theirs.
 */
class PublicAddressTests {
  private static final Pattern LINK = Pattern.compile("value=\"([^\"]*/invitations/[^\"]+)\"");

  @TempDir Path data;

  private static final Pattern NEW_INVITATION =
      Pattern.compile("Set-Cookie: (stackfit_new_invitation=[^;]+);");

  /**
   * Creates an invitation with a forged Host header, follows the redirect to the session page with
   * the same Host header, and returns the link that page shows once.
   */
  private static String inviteWithHost(TeamServer server, String host) throws IOException {
    server.user("Fran");
    TeamClient fran = server.signedIn("Fran");
    String session = SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Links");
    String body =
        "role=participant&hours=24&_csrf=" + URLEncoder.encode(fran.csrf(), StandardCharsets.UTF_8);
    String signedIn = "stackfit_session=" + fran.cookie("stackfit_session");
    String created =
        send(
            server,
            "POST /sessions/"
                + session
                + "/invitations HTTP/1.1\r\nHost: "
                + host
                + "\r\nCookie: "
                + signedIn
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.length()
                + "\r\nConnection: close\r\n\r\n"
                + body);
    assertThat(created).startsWith("HTTP/1.1 303");
    Matcher cookie = NEW_INVITATION.matcher(created);
    assertThat(cookie.find()).as(created).isTrue();
    String page =
        send(
            server,
            "GET /sessions/"
                + session
                + " HTTP/1.1\r\nHost: "
                + host
                + "\r\nCookie: "
                + signedIn
                + "; "
                + cookie.group(1)
                + "\r\nConnection: close\r\n\r\n");
    Matcher m = LINK.matcher(page);
    assertThat(m.find()).as(page).isTrue();
    return m.group(1);
  }

  private static String send(TeamServer server, String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.app.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void withoutAPublicUrlLinksNameTheAddressTheServerWasStartedOn() throws IOException {
    try (TeamServer server = new TeamServer(data)) {
      assertThat(inviteWithHost(server, "evil.example"))
          .startsWith(server.base() + "/invitations/")
          .doesNotContain("evil");
    }
  }

  @Test
  void withAPublicUrlEveryLinkUsesIt() throws IOException {
    try (TeamServer server =
        TeamServer.configured(
            data,
            c -> c.withPublicUrl(Optional.of(URI.create("https://stackfit.example.org/team"))))) {
      assertThat(inviteWithHost(server, "evil.example"))
          .startsWith("https://stackfit.example.org/team/invitations/");
    }
  }
}
