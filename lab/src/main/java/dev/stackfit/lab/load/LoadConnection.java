package dev.stackfit.lab.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * One connection slot of a worker: survives reconnects, tracks its one outstanding request and
 * reads responses with its {@link ResponseParser}. Events from a channel the slot has already given
 * up are ignored; so are responses nobody asked for.
 */
final class LoadConnection extends ChannelInboundHandlerAdapter implements ResponseParser.Listener {
  private static final int MAX_BODY_BYTES = 1 << 20;

  enum State {
    DISCONNECTED,
    CONNECTING,
    IDLE,
    BUSY
  }

  private final Worker worker;
  private final ResponseParser parser = new ResponseParser(this);
  private final ByteBuf request;
  State state = State.DISCONNECTED;
  Channel channel;
  long intendedNanos;
  long sentNanos;
  boolean measured;
  int status;
  boolean keepAlive;
  private ByteBuf body;

  /**
   * @param request the encoded request, written again for every send
   */
  LoadConnection(Worker worker, ByteBuf request) {
    this.worker = worker;
    // One view per slot: a response only arrives after its request was written whole, so the view
    // is free again by the next send; rewinding it saves two objects per request.
    this.request = request.duplicate();
  }

  /** Attaches a new channel, before it connects. */
  void attach(Channel newChannel, boolean headRequests) {
    channel = newChannel;
    parser.reset(headRequests);
    newChannel.pipeline().addLast(this);
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

  /** Writes the request; call after {@link #begin}. */
  void write() {
    channel.writeAndFlush(request.readerIndex(0), channel.voidPromise());
  }

  /** The body received so far, for the contains-check; empty when not collected. */
  ByteBuf body() {
    return body == null ? Unpooled.EMPTY_BUFFER : body;
  }

  @Override
  public boolean isSharable() {
    return true; // one slot outlives its channels, but is in one pipeline at a time
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf in = (ByteBuf) msg;
    try {
      if (ctx.channel() == channel) {
        parser.read(in);
      }
    } finally {
      in.release();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (ctx.channel() == channel && !(state == State.BUSY && parser.endOfInput())) {
      worker.onClosed(this);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // A reset or protocol error: closing leads to channelInactive, which counts it.
    ctx.close();
  }

  @Override
  public void onBody(ByteBuf in, int index, int length) {
    if (state == State.BUSY && worker.collectsBody()) {
      if (body == null) {
        body = Unpooled.buffer(256);
      }
      int room = MAX_BODY_BYTES - body.readableBytes();
      body.writeBytes(in, index, Math.min(room, length));
    }
  }

  @Override
  public boolean onComplete(int responseStatus, boolean responseKeepAlive) {
    if (state != State.BUSY) {
      return true; // an answer to nothing outstanding: skipped, as before
    }
    Channel current = channel;
    status = responseStatus;
    keepAlive = responseKeepAlive;
    worker.onResponse(this);
    return channel == current;
  }

  @Override
  public void onMalformed() {
    if (state == State.BUSY) {
      worker.onBroken(this);
    } else {
      worker.onStray(this);
    }
  }
}
