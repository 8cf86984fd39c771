package dev.stackfit.lab.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * What every worker shares: the plan, its loops, the connect template, the encoded request and the
 * measured part of the rate curve (empty in the closed model).
 */
record WorkerSetup(
    LoadPlan plan,
    List<EventLoop> loops,
    Bootstrap bootstrap,
    InetSocketAddress address,
    ByteBuf request,
    ByteBuf expectedBody,
    List<RateSegment> measuredSegments) {

  EventLoop loop(int index) {
    return loops.get(index);
  }
}
