package io.virtaudit.model;

import java.time.Instant;

/** The estate's header: its name, when its facts were collected, and from what. */
public record EstateInfo(String name, Instant collectedAt, String source) {
}
