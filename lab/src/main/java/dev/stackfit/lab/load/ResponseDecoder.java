package dev.stackfit.lab.load;

import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpResponseDecoder;

/**
 * Decodes responses to pre-encoded requests; HEAD responses carry no body, which the decoder cannot
 * know because the request never passed through an encoder.
 */
final class ResponseDecoder extends HttpResponseDecoder {
  private final boolean headRequests;

  ResponseDecoder(boolean headRequests) {
    // Header validation is for servers guarding against hostile clients; here it only costs CPU.
    super(new HttpDecoderConfig().setValidateHeaders(false));
    this.headRequests = headRequests;
  }

  @Override
  protected boolean isContentAlwaysEmpty(HttpMessage msg) {
    return headRequests || super.isContentAlwaysEmpty(msg);
  }
}
