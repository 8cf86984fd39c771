package dev.stackfit.lab.load;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A Netty HTTP server on 127.0.0.1 that misbehaves on purpose, for the generator's tests. */
final class LoopbackHttpServer implements AutoCloseable {

  /** What the server does with each request. */
  enum Behaviour {
    OK,
    STATUS_500,
    CLOSE_MID_RESPONSE,
    NEVER_ANSWER,
    /** Answers 200, but freezes 500 ms out of every 2 s: requests arriving then wait it out. */
    FREEZE_500MS_EVERY_2S,
    /** Answers 500 to the first {@link #failFirst} requests, 200 afterwards. */
    FAIL_FIRST_THEN_OK
  }

  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Behaviour behaviour;
  private final long failFirst;
  private final long startNanos = System.nanoTime();
  private final AtomicLong received = new AtomicLong();
  private final Channel channel;

  LoopbackHttpServer(Behaviour behaviour) {
    this(behaviour, 0);
  }

  LoopbackHttpServer(Behaviour behaviour, long failFirst) {
    this.behaviour = behaviour;
    this.failFirst = failFirst;
    this.channel =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    ch.pipeline().addLast(new HttpServerCodec(), new Handler());
                  }
                })
            .bind("127.0.0.1", 0)
            .syncUninterruptibly()
            .channel();
  }

  URI uri() {
    return URI.create(
        "http://127.0.0.1:" + ((InetSocketAddress) channel.localAddress()).getPort() + "/hello");
  }

  long received() {
    return received.get();
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private final class Handler extends SimpleChannelInboundHandler<HttpObject> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
      if (!(msg instanceof LastHttpContent)) {
        return;
      }
      long n = received.incrementAndGet();
      switch (behaviour) {
        case OK -> ctx.writeAndFlush(response(HttpResponseStatus.OK));
        case STATUS_500 -> ctx.writeAndFlush(response(HttpResponseStatus.INTERNAL_SERVER_ERROR));
        case FAIL_FIRST_THEN_OK ->
            ctx.writeAndFlush(
                response(
                    n <= failFirst
                        ? HttpResponseStatus.INTERNAL_SERVER_ERROR
                        : HttpResponseStatus.OK));
        case CLOSE_MID_RESPONSE ->
            ctx.channel()
                .writeAndFlush(
                    Unpooled.copiedBuffer(
                        "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial",
                        StandardCharsets.US_ASCII))
                .addListener(f -> ctx.channel().close());
        case NEVER_ANSWER -> {}
        case FREEZE_500MS_EVERY_2S -> {
          long delayNanos = freezeRemainingNanos();
          FullHttpResponse response = response(HttpResponseStatus.OK);
          if (delayNanos == 0) {
            ctx.writeAndFlush(response);
          } else {
            ctx.executor()
                .schedule(() -> ctx.writeAndFlush(response), delayNanos, TimeUnit.NANOSECONDS);
          }
        }
      }
    }

    private long freezeRemainingNanos() {
      long cycle = TimeUnit.SECONDS.toNanos(2);
      long frozen = TimeUnit.MILLISECONDS.toNanos(500);
      long intoCycle = (System.nanoTime() - startNanos) % cycle;
      long intoFreeze = intoCycle - (cycle - frozen);
      return intoFreeze >= 0 ? frozen - intoFreeze : 0;
    }

    private FullHttpResponse response(HttpResponseStatus status) {
      FullHttpResponse response =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1,
              status,
              Unpooled.copiedBuffer("hello from the loopback server", StandardCharsets.US_ASCII));
      response.headers().set(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
      return response;
    }
  }
}
