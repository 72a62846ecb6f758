package org.healthplanning.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.problem.ProblemMappers;

/**
 * Reads a JSON request body with {@link BodyProblems} collecting: a body with several unreadable
 * fields is one 400 that names each of them.
 */
@Provider
public class BodyReading implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !context.getMediaType().getSubtype().endsWith("json")) {
            return context.proceed();
        }
        BodyProblems.start();
        Object body;
        try {
            body = context.proceed();
        } catch (JsonProcessingException e) {
            List<Problem.FieldError> found = new ArrayList<>(BodyProblems.stop());
            if (found.isEmpty()) {
                throw e;
            }
            found.add(ProblemMappers.describe(e));
            throw DomainException.invalid(found);
        } catch (IOException | RuntimeException e) {
            BodyProblems.stop();
            throw e;
        }
        List<Problem.FieldError> found = BodyProblems.stop();
        if (!found.isEmpty()) {
            throw DomainException.invalid(found);
        }
        return body;
    }
}
