package dev.stackfit.lab.load;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.function.Supplier;

/** The socket layer: native epoll where it loads (Linux), Java NIO elsewhere. */
record NettyTransport(
    String name,
    Supplier<IoHandlerFactory> handlerFactory,
    Class<? extends SocketChannel> channelType) {

  static NettyTransport best() {
    if (Epoll.isAvailable()) {
      return new NettyTransport("epoll", EpollIoHandler::newFactory, EpollSocketChannel.class);
    }
    return new NettyTransport("nio", NioIoHandler::newFactory, NioSocketChannel.class);
  }
}
