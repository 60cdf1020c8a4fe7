package io.virtaudit.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that looks at every token it hands on ({@link #nextToken()}): Jackson's delegate would
 * let {@code nextValue} and {@code skipChildren} pass tokens by unseen, so both go through
 * {@code nextToken} here, and a skipped value is checked like any other.
 */
public abstract class TokenCheckingParser extends JsonParserDelegate {

    protected TokenCheckingParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        if (currentToken() != JsonToken.START_OBJECT && currentToken() != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken token = nextToken();
            if (token == null) {
                break;
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            }
        }
        return this;
    }
}
