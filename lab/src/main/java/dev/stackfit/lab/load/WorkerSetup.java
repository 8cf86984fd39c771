package dev.stackfit.lab.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;
import java.util.List;

/** What every worker shares: the plan, its loops, the connect template and the encoded request. */
record WorkerSetup(
    LoadPlan plan,
    List<EventLoop> loops,
    Bootstrap bootstrap,
    InetSocketAddress address,
    ByteBuf request,
    ByteBuf expectedBody) {

  EventLoop loop(int index) {
    return loops.get(index);
  }
}
