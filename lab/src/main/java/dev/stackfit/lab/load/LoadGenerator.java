package dev.stackfit.lab.load;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link LoadPlan} with Netty and returns what it measured; one run at a time per call,
 * blocking the calling thread, which also receives the listener's callbacks. Targets must resolve
 * to loopback unless the generator was made for one named remote host.
 */
public final class LoadGenerator {
  private final String allowedRemoteHost;

  /** A generator that loads loopback targets only. */
  public LoadGenerator() {
    this(null);
  }

  private LoadGenerator(String allowedRemoteHost) {
    this.allowedRemoteHost = allowedRemoteHost;
  }

  /** A generator that also accepts this one host (by the name used in the URL); null for none. */
  public static LoadGenerator allowingRemote(String host) {
    return new LoadGenerator(host);
  }

  /**
   * Runs the plan to completion.
   *
   * @throws InvalidInputException when the target is not loopback and not the allowed host
   */
  public LoadResult run(LoadPlan plan, LoadListener listener) {
    TargetGuard.refusal(plan.target(), allowedRemoteHost)
        .ifPresent(
            why -> {
              throw new InvalidInputException(new Problem("load plan", 0, 0, "target", why));
            });
    quietLeakDetector();
    NettyTransport transport = NettyTransport.best();
    EventLoopGroup group =
        new MultiThreadIoEventLoopGroup(plan.threads(), transport.handlerFactory().get());
    ByteBuf request = Unpooled.unreleasableBuffer(encode(plan));
    ByteBuf expectedBody =
        plan.check().bodyContains() == null
            ? null
            : Unpooled.copiedBuffer(plan.check().bodyContains(), StandardCharsets.UTF_8);
    try {
      WorkerSetup setup =
          new WorkerSetup(
              plan,
              loops(group),
              bootstrap(plan, transport),
              address(plan),
              request,
              expectedBody,
              plan.rate() == null ? List.of() : plan.rate().segments(plan.duration().toNanos()));
      List<Worker> workers = new ArrayList<>();
      for (int i = 0; i < plan.threads(); i++) {
        workers.add(new Worker(setup, i));
      }
      return new LoadRun(plan, workers, listener, transport.name()).run();
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  /**
   * Netty samples one buffer in 128 for leak tracking, recording a stack trace each time: at tens
   * of thousands of reads a second that is a measurable cost, paid by the measurement. Off unless
   * the JVM was told a level ({@code -Dio.netty.leakDetection.level}).
   */
  private static void quietLeakDetector() {
    if (System.getProperty("io.netty.leakDetection.level") == null) {
      ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    }
  }

  private static List<EventLoop> loops(EventLoopGroup group) {
    List<EventLoop> loops = new ArrayList<>();
    for (EventExecutor executor : group) {
      loops.add((EventLoop) executor);
    }
    return loops;
  }

  private static Bootstrap bootstrap(LoadPlan plan, NettyTransport transport) {
    return new Bootstrap()
        .channel(transport.channelType())
        .option(ChannelOption.TCP_NODELAY, true)
        .option(
            ChannelOption.CONNECT_TIMEOUT_MILLIS,
            (int) Math.min(Integer.MAX_VALUE, plan.timeout().toMillis()))
        .handler(
            new ChannelInitializer<Channel>() {
              @Override
              protected void initChannel(Channel ch) {
                // Handlers are added per connection slot right after connect().
              }
            });
  }

  private static InetSocketAddress address(LoadPlan plan) {
    try {
      return new InetSocketAddress(InetAddress.getByName(plan.target().getHost()), plan.port());
    } catch (UnknownHostException e) {
      throw new BadInputException("cannot resolve " + plan.target().getHost(), e);
    }
  }

  /** Encodes the request once; every send writes a view of these bytes. */
  static ByteBuf encode(LoadPlan plan) {
    RequestTemplate template = plan.request();
    byte[] body = template.body().getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(128);
    head.append(template.method()).append(' ').append(plan.pathAndQuery()).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(plan.target().getHost());
    if (plan.target().getPort() > 0) {
      head.append(':').append(plan.target().getPort());
    }
    head.append("\r\n");
    template
        .headers()
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body.length > 0
        || !List.of("GET", "HEAD", "DELETE", "OPTIONS").contains(template.method())) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
    return Unpooled.directBuffer(headBytes.length + body.length)
        .writeBytes(headBytes)
        .writeBytes(body);
  }
}
