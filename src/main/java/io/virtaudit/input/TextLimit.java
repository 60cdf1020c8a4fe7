package io.virtaudit.input;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * A YAML parser that refuses a text value or key longer than {@link Documents#MAX_TEXT} characters,
 * as Jackson's JSON parser does by its stream-read constraints (its YAML parser checks only numbers).
 * The exception is of the same kind and wording as Jackson's, so that {@link JacksonErrors} words
 * both alike. A value may be long without a long line (a block scalar), so the screen's line limit
 * does not make this one needless. It also refuses YAML aliases ({@code *name}): Jackson hands an
 * alias on as the text of its name, so {@code id: *n} would silently become the id {@code n}.
 */
final class TextLimit extends TokenCheckingParser {

    TextLimit(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new AliasRefused(delegate, "*" + delegate.getText());
        }
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
            int length = delegate.getTextLength();
            if (length > Documents.MAX_TEXT) {
                throw new StreamConstraintsException((token == JsonToken.FIELD_NAME ? "Name length (" : "String value length (")
                        + length + ") exceeds the maximum allowed (" + Documents.MAX_TEXT + ")", delegate.currentTokenLocation());
            }
        }
        return token;
    }

    /** A YAML alias, which virtaudit does not read. */
    static final class AliasRefused extends JsonParseException {

        AliasRefused(JsonParser parser, String alias) {
            super(parser, "YAML aliases are not read: write out the value " + alias + " stands for");
        }
    }

}
