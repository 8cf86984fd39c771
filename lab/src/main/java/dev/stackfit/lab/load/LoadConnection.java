package dev.stackfit.lab.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

/**
 * One connection slot of a worker: survives reconnects, tracks its one outstanding request and
 * reads responses. Events from a channel the slot has already given up are ignored.
 */
@ChannelHandler.Sharable
final class LoadConnection extends ChannelInboundHandlerAdapter {
  private static final int MAX_BODY_BYTES = 1 << 20;

  enum State {
    DISCONNECTED,
    CONNECTING,
    IDLE,
    BUSY
  }

  private final Worker worker;
  State state = State.DISCONNECTED;
  Channel channel;
  long intendedNanos;
  long sentNanos;
  boolean measured;
  int status;
  boolean keepAlive;
  private ByteBuf body;

  LoadConnection(Worker worker) {
    this.worker = worker;
  }

  void begin(long intended, long sent, boolean measure) {
    state = State.BUSY;
    intendedNanos = intended;
    sentNanos = sent;
    measured = measure;
    status = 0;
    if (body != null) {
      body.clear();
    }
  }

  /** The body received so far, for the contains-check; empty when not collected. */
  ByteBuf body() {
    return body == null ? Unpooled.EMPTY_BUFFER : body;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      if (ctx.channel() != channel || state != State.BUSY) {
        return;
      }
      if (msg instanceof HttpObject http && http.decoderResult().isFailure()) {
        worker.onBroken(this);
        return;
      }
      if (msg instanceof HttpResponse response) {
        status = response.status().code();
        keepAlive = HttpUtil.isKeepAlive(response);
      }
      if (msg instanceof HttpContent content && worker.collectsBody()) {
        collect(content.content());
      }
      if (msg instanceof LastHttpContent) {
        worker.onResponse(this);
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (ctx.channel() == channel) {
      worker.onClosed(this);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // A reset or protocol error: closing leads to channelInactive, which counts it.
    ctx.close();
  }

  private void collect(ByteBuf chunk) {
    if (body == null) {
      body = Unpooled.buffer(256);
    }
    int room = MAX_BODY_BYTES - body.readableBytes();
    body.writeBytes(chunk, chunk.readerIndex(), Math.min(room, chunk.readableBytes()));
  }
}
