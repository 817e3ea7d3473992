package dev.lede.serve;

import java.util.Map;

/**
 * A request the server answers with an error status and a one-line reason, as
 * {@code {"status": 400, "error": "..."}}. Never carries a stack trace to the client.
 */
final class HttpError extends Exception {

  private final int status;
  private final Map<String, String> headers;

  HttpError(int status, String reason) {
    this(status, reason, Map.of());
  }

  HttpError(int status, String reason, Map<String, String> headers) {
    super(reason, null, false, false);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  int status() {
    return status;
  }

  /** Headers the error response must carry ({@code Allow} for 405, {@code WWW-Authenticate}). */
  Map<String, String> headers() {
    return headers;
  }

  static HttpError badRequest(String reason) {
    return new HttpError(400, reason);
  }

  static HttpError notFound(String reason) {
    return new HttpError(404, reason);
  }
}
