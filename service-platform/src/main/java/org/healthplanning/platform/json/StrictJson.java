package org.healthplanning.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Request bodies are read strictly: text may not hold NUL characters or unpaired surrogates (they
 * cannot be stored as UTF-8), numbers are limited to {@value #MAX_INTEGER_DIGITS} digits before and
 * {@value #MAX_FRACTION_DIGITS} after the decimal point, and a fraction is not taken for a whole
 * number. A refused value becomes a 400 problem naming its field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_FRACTION_DIGITS = 10;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        SimpleModule module = new SimpleModule("strict-json");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(BigDecimal.class, new Decimal());
        module.addDeserializer(JsonNode.class, new Tree());
        mapper.registerModule(module);
        mapper.addHandler(new BodyProblems());
    }

    /** Why a text cannot be accepted, or null when it can. */
    public static String textProblem(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate (not valid Unicode)";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate (not valid Unicode)";
            }
        }
        return null;
    }

    /** Why a number cannot be accepted, or null when it can. */
    public static String numberProblem(BigDecimal n) {
        if (n == null || n.signum() == 0) {
            return null;
        }
        BigDecimal plain = n.stripTrailingZeros();
        if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            return "is out of range: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (plain.scale() > MAX_FRACTION_DIGITS) {
            return "has more than " + MAX_FRACTION_DIGITS + " digits after the decimal point";
        }
        return null;
    }

    /** A value refused by these rules; its path names the field. */
    public static final class Rejected extends JsonMappingException {
        Rejected(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            String problem = textProblem(s);
            if (problem != null) {
                if (BodyProblems.record(p, problem)) {
                    return null;
                }
                throw new Rejected(p, problem);
            }
            return s;
        }
    }

    static final class Decimal extends StdScalarDeserializer<BigDecimal> {
        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal n = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            String problem = numberProblem(n);
            if (problem != null) {
                if (BodyProblems.record(p, problem)) {
                    return null;
                }
                throw new Rejected(p, problem);
            }
            return n;
        }
    }

    /** Trees (bulk imports, merge patches) are checked value by value once read. */
    static final class Tree extends JsonDeserializer<JsonNode> {
        @SuppressWarnings("unchecked")
        private final JsonDeserializer<JsonNode> plain = (JsonDeserializer<JsonNode>) (JsonDeserializer<?>) JsonNodeDeserializer.getDeserializer(JsonNode.class);

        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = plain.deserialize(p, ctxt);
            check(node, p);
            return node;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return plain.getNullValue(ctxt);
        }

        @Override
        public Class<?> handledType() {
            return JsonNode.class;
        }

        private static void check(JsonNode node, JsonParser p) throws Rejected {
            if (node.isTextual()) {
                String problem = textProblem(node.textValue());
                if (problem != null) {
                    throw new Rejected(p, problem);
                }
            } else if (node.isNumber()) {
                String problem = (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())
                        ? "is out of range" : numberProblem(node.decimalValue());
                if (problem != null) {
                    throw new Rejected(p, problem);
                }
            } else if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    try {
                        check(field.getValue(), p);
                    } catch (Rejected e) {
                        e.prependPath(node, field.getKey());
                        throw e;
                    }
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        check(node.get(i), p);
                    } catch (Rejected e) {
                        e.prependPath(node, i);
                        throw e;
                    }
                }
            }
        }
    }
}
