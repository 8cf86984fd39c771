package dev.stackfit.web.auth;

/** A page needs a signed-in account; answered with 401 and the sign-in form. */
final class SignInRequired extends RuntimeException {
  SignInRequired(String path) {
    super(path, null, false, false);
  }
}
