package dev.stackfit.poc.orders;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Maps every expected failure to problem JSON (RFC 9457) with the same fields in all four stacks.
 */
@RestControllerAdvice
class ProblemAdvice {

  @ExceptionHandler
  ProblemDetail notFound(OrderNotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  /** A non-numeric order id cannot name an order: the same 404 as a missing one. */
  @ExceptionHandler
  ProblemDetail badPathVariable(MethodArgumentTypeMismatchException e) {
    return notFound(new OrderNotFoundException(String.valueOf(e.getValue())));
  }

  @ExceptionHandler
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    boolean query = e.getParameter().getParameterType() == OrderQuery.class;
    List<String> fields =
        e.getBindingResult().getFieldErrors().stream().map(FieldError::getField).toList();
    return badRequest(query ? "invalid query parameters" : "invalid order", fields);
  }

  @ExceptionHandler
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return badRequest("invalid order", List.of("body"));
  }

  @ExceptionHandler
  ProblemDetail unknownReferences(InvalidOrderException e) {
    return badRequest(e.getMessage(), e.fieldPaths());
  }

  private static ProblemDetail badRequest(String detail, List<String> fields) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setProperty("errors", fields.stream().distinct().sorted().toList());
    return problem;
  }
}
